// staff_files.h: a staff list into the employer view from the page: a file chosen with a hidden
// <input type=file>, or a file dropped on the page. The bytes are read by the browser on this
// device and handed to the wasm (employer_model.h); nothing is sent anywhere.
#pragma once

#include <string>

namespace sw::app::staff_files {

void install();      // the hidden file input and the page's drop handler
void open_picker();  // the file dialog (called from a button press: the browser allows it then)
// The result CSV as an Excel workbook (web/staff-xlsx.js), downloaded as `csv_name` with .xlsx.
void download_xlsx(const std::string& csv_name, const std::string& result_csv);

}  // namespace sw::app::staff_files
