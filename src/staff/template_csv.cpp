// template_csv.cpp: the staff list to start from (staff_import.h, template_csv), the one source of
// the employer views' "Download een voorbeeldbestand": the accessible page gets it through the
// JavaScript API (staffTemplate, src/web/js_api_staff.cpp).
#include "staff/staff_import.h"

namespace sw::staff {

std::string template_csv() {
    // Dutch Excel's own format: ';', a byte-order mark so Excel reads UTF-8, decimal comma.
    return "\xEF\xBB\xBFNaam;Personeelsnummer;Geboortedatum;Werksituatie;Sector;Uren per week;Dienstjaren;"
           "Opleidingsniveau;Lesgeld;Examen\n"
           "Voorbeeld, Anna;1001;01-03-1984;werknemer;metaal-mkb;32;3;4;2.400,00;150,00\n";
}

}  // namespace sw::staff
