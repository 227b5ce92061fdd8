#include <imgui.h>

#include "export_doc.h"
#include "platform/browser.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {

void export_buttons() {
    ui::bold("export.heading", tr(S::ExportHeading));
    if (ui::primary_button("export.download", tr(S::Download))) {
        browser::download(export_filename(), "text/html;charset=utf-8", export_html());
        vm().notice = tr(S::Downloaded);
    }
    ui::flow_next(ui::text_width_css(tr(S::Print)));
    if (ui::button("export.print", tr(S::Print))) browser::print_html(export_html());
    ui::flow_next(ui::text_width_css(tr(S::Copy)));
    if (ui::button("export.copy", tr(S::Copy))) {
        browser::copy_text(export_text());
        vm().notice = tr(S::Copied);
    }
    if (!vm().notice.empty()) ui::paragraph("export.notice", vm().notice, true);
}

}  // namespace sw::app::views
