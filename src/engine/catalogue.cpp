// catalogue.cpp: Catalogue's lifetime and look-ups; compile() = validate everything, then build.
#include "compile.h"

namespace sw {

Catalogue::Catalogue() : impl_(std::make_unique<Impl>()) {}
Catalogue::~Catalogue() = default;

std::shared_ptr<const Catalogue> Catalogue::compile(CatalogueSpec spec, std::vector<Diagnostic>& errors) {
    const std::size_t before = errors.size();
    engine::validate_spec(spec, errors);
    if (errors.size() != before) return nullptr;
    std::shared_ptr<Catalogue> catalogue(new Catalogue());
    catalogue->impl_->spec = std::move(spec);
    engine::build_impl(*catalogue->impl_);
    return catalogue;
}

const CatalogueSpec& Catalogue::spec() const { return impl_->spec; }

const SchemeSpec* Catalogue::find_scheme(const std::string& id) const {
    auto it = impl_->scheme_index.find(id);
    return it == impl_->scheme_index.end() ? nullptr : impl_->schemes[static_cast<std::size_t>(it->second)].spec;
}

}  // namespace sw
