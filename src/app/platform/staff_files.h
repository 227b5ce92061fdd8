// staff_files.h: a staff list into the employer view from the page: a file chosen with a hidden
// <input type=file>, or a file dropped on the page. The bytes are read by the browser on this
// device and handed to the wasm (employer_model.h); nothing is sent anywhere.
#pragma once

namespace sw::app::staff_files {

void install();      // the hidden file input and the page's drop handler
void open_picker();  // the file dialog (called from a button press: the browser allows it then)

}  // namespace sw::app::staff_files
