// style.h: the app's look (light, calm, large touch targets) and its scaling by the DPR. The
// pristine style is kept and scaled afresh each time: scaling a scaled style compounds rounding.
#pragma once

namespace sw::app::style {

void apply(float dpr);

}  // namespace sw::app::style
