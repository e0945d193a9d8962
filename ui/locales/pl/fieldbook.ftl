# Słowa Fieldbook po polsku. Wspólne dla interfejsu i powłoki (komunikaty błędów).
# An error's message is `error-<code>`, its problem's code verbatim (`error-not_a_date`,
# `error-unreachable`), filled with the problem's named arguments; a Rust test checks every code has one.

app-title = Fieldbook
nav-label = Główna nawigacja
nav-today = Dziś
nav-portfolio = Klienci
nav-settings = Ustawienia
loading = Wczytywanie…
open = Otwórz
back = Wstecz

search-label = Szukaj klientów, kontaktów i notatek
search-placeholder = Szukaj (/ lub Ctrl+K)
search-results-title = Wyniki dla „{ $query }”
search-no-results = Nic nie pasuje do „{ $query }”.
search-kind-client = Klient
search-kind-contact = Kontakt
search-kind-visit = Notatki z wizyty

status-bar-label = Stan
status-sync-not-configured = Synchronizacja nieskonfigurowana
status-clients = { $count ->
    [one] { $count } klient
    [few] { $count } klientów
    [many] { $count } klientów
   *[other] { $count } klienta
}
shortcuts-hint = Skróty: / lub Ctrl+K szukaj · n nowa wizyta · Ctrl+Shift+N nowa notatka

first-run-title = Witaj w Fieldbook
first-run-intro = Załóż swój portfel klientów na tym komputerze.
first-run-name = Imię i nazwisko
first-run-region = Region
first-run-language = Język
first-run-time-zone = Strefa czasowa
first-run-demo = Wczytaj przykładowy portfel
first-run-demo-clients = Liczba przykładowych klientów
first-run-create = Utwórz portfel

region-CN = Chiny
region-PL = Polska
region-AZ = Azerbejdżan
language-en = English
language-zh-CN = 简体中文
language-pl = Polski
language-az = Azərbaycanca

today-title = Dziś, { $date }
today-visits = Zaplanowane wizyty
today-no-visits = Brak wizyt zaplanowanych na dziś.
today-tasks = Otwarte zadania
today-no-tasks = Brak otwartych zadań.
today-overdue = Zaległe wizyty
today-no-overdue = Nikt nie czeka na zaległą wizytę.
today-overdue-client = { $name } · segment { $tier } · { $days ->
    [one] { $days } dzień po terminie
   *[other] { $days } dni po terminie
}
today-overdue-all = Wszyscy zalegli klienci ({ $count })
task-due = termin { $date }

portfolio-title = Klienci
portfolio-filter = Filtruj klientów
portfolio-tier-filter = Kategoria
portfolio-status-filter = Status
portfolio-shown = Widocznych { $shown } z { $total }
filter-all = Wszystkie
column-name = Klient
column-tier = Kategoria
column-status = Status
column-last-contact = Ostatni kontakt
column-next-visit = Następna wizyta
column-arrears = Zaległości
column-tags = Etykiety
client-status-prospect = Potencjalny
client-status-active = Aktywny
client-status-at_risk = Zagrożony
client-status-lost = Utracony
add-client = Dodaj klienta
add-client-name = Nazwa klienta
add-client-tier = Kategoria

client-profile = Profil
field-name = Nazwa
field-industry = Branża
field-tier = Kategoria
field-status = Status
field-address = Adres
field-location = Położenie
field-office_hours = Godziny pracy
field-contract_start = Początek umowy
field-contract_end = Koniec umowy
field-arrears = Zaległości
field-arrears_due = Termin zaległości
field-tags = Etykiety
field-competitor_notes = Informacje o konkurencji
field-crm_id = Numer klienta w CRM
edit-field = Edytuj: { $field }
client-contacts = Kontakty
client-no-contacts = Brak kontaktów.
key-person = Osoba kluczowa
client-visit-count = { $count ->
    [one] { $count } wizyta
    [few] { $count } wizyty
    [many] { $count } wizyt
   *[other] { $count } wizyty
}
client-no-visits = Brak wizyt.

plan-visit = Zaplanuj wizytę
visit-date = Data
visit-time = Godzina
visit-purpose = Cel
plan-visit-submit = Zaplanuj
purpose-routine = Rutynowa
purpose-care = Opieka
purpose-sales_step = Etap sprzedaży
purpose-complaint_follow_up = Obsługa reklamacji
purpose-collection = Windykacja
visit-status-planned = Zaplanowana
visit-status-done = Odbyta
visit-status-cancelled = Odwołana

visit-title = Wizyta: { $client }
visit-check-in = Zamelduj przybycie
visit-check-out = Zamelduj wyjście
visit-checked-in = Przybycie o { $time }
visit-checked-out = Wyjście o { $time }
visit-outcome = Wynik
visit-notes = Notatki
visit-notes-saving = Zapisywanie…
visit-notes-saved = Zapisano
visit-add-line = Dodaj wiersz notatki
visit-add-line-submit = Dodaj

settings-title = Ustawienia
settings-profile = Profil
settings-name = Imię i nazwisko
settings-region = Kalendarz świąt
settings-language = Język
settings-time-zone = Strefa czasowa
settings-home = Dom (SZER,DŁ)
settings-office = Biuro (SZER,DŁ)
settings-working-hours = Godziny pracy
settings-sync = Synchronizacja
settings-sync-server = Serwer synchronizacji
settings-sync-token = Token
settings-saved = Zapisano

error-not_initialized = Na tym komputerze nie ma jeszcze portfela (szukano w { $dir }).
error-already_initialized = W { $dir } jest już portfel.
error-bad-field = { $field }: { $reason }
error-not_found = Nie znaleziono: { $detail }
error-failed = Coś poszło nie tak: { $detail }

## Visit planning: due list, day planner, week view, sales stages
nav-due = Do odwiedzenia
nav-plan = Plan dnia
nav-week = Tydzień
due-title = Klienci do odwiedzenia
due-overdue = Zaległe
due-this-week = W tym tygodniu
due-never = Nigdy nieodwiedzeni
due-none = Nikt.
due-col-client = Klient
due-col-tier = Segment
due-col-last = Ostatni kontakt
due-col-due = Termin
due-col-overdue = Dni po terminie
due-col-propose = Proponowany dzień
due-coverage = Pokrycie segmentów
due-coverage-tier = Segment { $tier }: { $covered } z { $clients } klientów w ciągu { $days } dni
due-cadence = Segment { $tier }: wizyta co najmniej co (dni)
due-plan-day = Zaplanuj dzień z listy do odwiedzenia
plan-title = Plan dnia
plan-date = Dzień
plan-start = Punkt startu (SZER,DŁ)
plan-day-start = Początek dnia
plan-day-end = Koniec dnia
plan-speed = Średnia prędkość (km/h)
plan-road-factor = Współczynnik drogowy
plan-add-client = Dodaj klienta
plan-from-due = Wypełnij z listy do odwiedzenia
plan-optimise = Optymalizuj trasę
plan-save = Zapisz jako zaplanowane wizyty
plan-saved = { $count ->
    [one] Zaplanowano jedną wizytę.
    [few] Zaplanowano { $count } wizyty.
   *[many] Zaplanowano { $count } wizyt.
}
plan-no-stops = Dodaj klientów albo wypełnij dzień z listy do odwiedzenia.
plan-col-client = Klient
plan-col-arrive = Przyjazd
plan-col-depart = Wyjazd
plan-col-km = km
plan-col-lock = Zablokowany
plan-lock = Zablokuj pozycję: { $client }
plan-up = Przesuń w górę: { $client }
plan-down = Przesuń w dół: { $client }
plan-remove = Usuń: { $client }
plan-totals = { $km } km, { $min } min jazdy
plan-unassigned = Pominięci
plan-reason-no_coordinates = brak współrzędnych
plan-reason-time_window = nie da się zdążyć w godzinach otwarcia
plan-reason-day_too_short = dzień jest za krótki
plan-reason-too_far = za daleko, by dojechać i wrócić w godzinach pracy
week-title = Tydzień
week-today = Dziś
week-previous = Poprzedni tydzień
week-next = Następny tydzień
week-all-day = Cały dzień
visit-stage = Etap sprzedaży
client-stage = Etap sprzedaży: { $stage }
stage-none = Brak
stage-first_visit = Przedsprzedaż: pierwsza wizyta
stage-needs_discovery = Przedsprzedaż: rozpoznanie potrzeb
stage-solution = Przedsprzedaż: rozwiązanie
stage-presentation = Przedsprzedaż: prezentacja
stage-negotiation = Przedsprzedaż: negocjacje
stage-contract = Przedsprzedaż: umowa
stage-work_order = Sprzedaż: zlecenie
stage-provisioning = Sprzedaż: uruchomienie usługi
stage-testing = Sprzedaż: testy
stage-trial = Sprzedaż: okres próbny
stage-go_live = Sprzedaż: start produkcyjny
stage-revisit = Posprzedaż: wizyta kontrolna
stage-relationship_care = Posprzedaż: dbanie o relację
stage-complaint = Posprzedaż: reklamacja
stage-change = Posprzedaż: zmiana usługi
stage-maintenance = Posprzedaż: utrzymanie
# Sync in the app: status bar, login in Settings, sync errors
status-sync-offline = Offline
status-sync-connecting = Łączenie…
status-sync-syncing = Synchronizacja…
status-sync-up_to_date = Aktualne
status-last-synced = zsynchronizowano { $when }
status-never-synced = jeszcze nie zsynchronizowano
status-unsynced = { $count ->
    [one] { $count } niezsynchronizowana zmiana
    [few] { $count } niezsynchronizowane zmiany
    [many] { $count } niezsynchronizowanych zmian
   *[other] { $count } niezsynchronizowanej zmiany
}
status-read-only = tylko do odczytu (portfel członka zespołu)
settings-sync-login = Zaloguj i synchronizuj
settings-sync-logging-in = Logowanie…
settings-sync-logged-in = Synchronizacja z { $server } jako { $user }
settings-sync-configured = Synchronizacja z { $server }
settings-sync-hint = Wklej token wydany przez administratora; serwer go sprawdzi, a zostanie zapisany tylko na tym komputerze.
error-bad_server_url = „{ $url }” nie jest adresem serwera: { $reason }
error-bad_token = Token jest pusty lub zawiera spacje; wklej go dokładnie tak, jak został wydany.
error-unauthorized = { $server } odrzucił token (błędny lub unieważniony); poproś administratora o nowy.
error-unreachable = Nie można połączyć się z serwerem synchronizacji { $server }: { $reason }

# Contacts on the client page, cancelling a visit
contact-add = Dodaj kontakt
contact-add-submit = Dodaj kontakt
contact-name = Imię i nazwisko
contact-title = Stanowisko
contact-phones = Telefony
contact-email = E-mail
contact-preferences = Preferencje
contact-notes = Notatki
contact-key-person-of = { $name } jest osobą kluczową
contact-birthday-field = Urodziny
contact-remove-button = Usuń
contact-remove = Usuń { $name }
contact-remove-confirm = Usunąć { $name } z tego klienta?
contact-remove-yes = Tak, usuń
confirm-keep = Nie, zostaw
birthday-calendar = Kalendarz
birthday-none = Brak urodzin
birthday-gregorian = Gregoriański
birthday-lunar = Chiński księżycowy
birthday-year = Rok (opcjonalnie)
birthday-month = Miesiąc
birthday-day = Dzień
birthday-leap = Miesiąc przestępny
birthday-save = Zapisz urodziny
birthday-discard = Odrzuć
birthday-edit = Urodziny: { $name }
birthday-lunar-date = { $leap ->
    [yes] księżycowy miesiąc przestępny { $month }, dzień { $day }
   *[no] księżycowy miesiąc { $month }, dzień { $day }
}
visit-cancel = Odwołaj wizytę
visit-cancel-confirm = Odwołać tę wizytę? Zostanie w historii jako odwołana.
visit-cancel-yes = Tak, odwołaj

# Translated reasons of refused values (the core's problem codes), and the fields they name
error-not_one_of = „{ $value }” nie jest żadną z wartości: { $allowed }
error-empty = nie może być puste
error-not_a_date = „{ $value }” nie jest datą (RRRR-MM-DD)
error-not_a_week = „{ $value }” nie jest tygodniem ISO (RRRR-Wtt, np. 2026-W49)
error-not_a_time = „{ $value }” nie jest godziną (GG:MM)
error-not_a_time_zone = „{ $value }” nie jest strefą czasową (np. Europe/Warsaw)
error-not_an_email = „{ $value }” nie jest adresem e-mail
error-not_a_phone = „{ $value }” nie jest numerem telefonu
error-not_a_birthday = „{ $value }” nie jest datą urodzin (RRRR-MM-DD, --MM-DD, lunar:MM-DD, lunar:leap:MM-DD lub 农历八月十五)
error-visit_cancelled = wizyta została odwołana
error-visit_done = wizyta już się odbyła
error-unknown_field = nie ma takiego pola; znane pola: { $known }
field-title = Tytuł
field-key_person = Osoba kluczowa
field-phones = Telefony
field-email = E-mail
field-birthday = Urodziny
field-preferences = Preferencje
field-notes = Notatki
field-time_zone = Strefa czasowa
field-language = Język
field-region = Region świąt
field-date = Data
field-time = Godzina
field-tz = Strefa czasowa
field-duration = Czas trwania
field-purpose = Cel
field-check_in = Przybycie
field-check_out = Wyjście
field-outcome = Wynik
field-collected = Zainkasowano

# Care reminders on the Today view
reminders-title = Przypomnienia o relacjach
reminders-none = Brak przypomnień na najbliższe dwa tygodnie.
reminders-today = Na dziś
reminders-upcoming = Wkrótce
reminder-kind-birthday = Urodziny
reminder-kind-holiday = Święto
reminder-kind-contract_renewal = Odnowienie umowy
reminder-kind-arrears_due = Termin płatności zaległości
reminder-kind-arrears_overdue = Zaległości po terminie
reminder-kind-at_risk = Klient zagrożony odejściem
reminder-about = { $kind }: { $subject }
reminder-action-gift = Wyślij prezent: { $gift }
reminder-action-call = Zadzwoń
reminder-action-message = Wyślij wiadomość
reminder-action-visit = Odwiedź
reminder-action-renew = Rozpocznij odnowienie umowy
reminder-action-collect = Upomnij o zaległościach
reminder-action-retain = Porozmawiaj z klientem o pozostaniu
reminder-gift-flowers-or-cake = kwiaty lub tort
reminder-done = Zrobione
reminder-snooze = Jutro
reminder-dismiss = Odrzuć
reminder-done-label = Oznacz jako zrobione: { $what }
reminder-snooze-label = Przypomnij jutro: { $what }
reminder-dismiss-label = Odrzuć: { $what }
## Care rules, greetings and reminder notifications
nav-greetings = Życzenia
care-title = Zasady opieki
care-intro = Co robić dla kluczowych osób każdego segmentu i ile dni wcześniej, np. „3 gift:kwiaty; 0 call” (message — wiadomość, call — telefon, visit — wizyta, gift:CO — prezent).
care-tier = Segment { $tier }
care-birthday = Urodziny
care-festival = Święta
care-renewal-days = Odnowienie umowy, dni wcześniej
care-notification-time = Powiadamiaj o przypomnieniach dnia o
greetings-title = Życzenia
greetings-holiday = Święto
greetings-year = Rok
greetings-tiers = Segmenty
greetings-language = Język
greetings-none = Brak kluczowych osób w tych segmentach.
greetings-copy = Kopiuj
greetings-copied = Skopiowano
greetings-export-csv = Eksportuj CSV
greetings-channel = Wysłane przez
greetings-mark-sent = Oznacz jako wysłane
greetings-marked-sent = Zapisano jako wysłane: { $count }.
greetings-select = Zaznacz: { $name }
channel-message = Wiadomość
channel-call = Telefon
channel-visit = Wizyta
notify-title = Przypomnienia na dziś: { $count }
notify-message = Wyślij wiadomość
notify-call = Zadzwoń
notify-visit = Odwiedź
notify-gift = Prezent: { $gift }
notify-renew = Rozpocznij odnowienie umowy
notify-collect = Odzyskaj zaległości
notify-retain = Porozmawiaj z klientem zagrożonym odejściem
notify-case-at-risk = Zbliża się termin sprawy: zajmij się nią
notify-case-breached = Sprawa po terminie
notify-chase-department = Ponagl dział w sprawie
notify-ask-confirmation = Poproś klienta o potwierdzenie rozwiązania

## Notification lines: one reminder in the desktop notification, punctuated for the language,
## and the last line of a notification listing only the first few
notify-line = { $client }: { $action }
notify-line-person = { $person }, { $client }: { $action }
notify-more = …i jeszcze { $count }

## Birthday greetings
greetings-occasion = Życzenia z okazji
greetings-occasion-festival = Święta
greetings-occasion-birthdays = Najbliższych urodzin
greetings-from = Od
greetings-days = Dni
greetings-no-birthdays = Żadna kluczowa osoba z tych segmentów nie ma urodzin w tych dniach.
greetings-birthday-on = urodziny { $date }
# First run: joining from another computer (pulling the portfolio from the sync server)
first-run-new = Załóż nowy portfel
first-run-join-title = Używam już Fieldbook na innym komputerze
first-run-join-intro = Pobierz swój portfel z serwera synchronizacji zespołu.
first-run-join = Pobierz mój portfel
first-run-joining = Pobieranie portfela…
error-no_portfolio_on_server = Na serwerze { $server } nie ma jeszcze portfela użytkownika { $user }. Najpierw zsynchronizuj go z komputera, na którym się znajduje, albo załóż tu nowy portfel.

## Team view: a lead's read-only copies of the team members' portfolios
nav-team = Zespół
team-title = Zespół
team-read-only = Portfele członków Twojego zespołu według ostatniej synchronizacji. Możesz je tu przeglądać, ale nie zmieniać.
team-none = Na tym komputerze nie ma jeszcze portfeli zespołu. Pojawią się po następnej synchronizacji.
team-member = { $name } ({ $owner })
team-col-last-contact = Ostatni kontakt
team-col-next-visit = Następna wizyta
team-col-overdue = Zaległość
team-days-overdue = { $days ->
    [one] { $days } dzień po terminie
   *[other] { $days } dni po terminie
}
team-back = ← Zespół
team-client-read-only = Klient użytkownika { $owner }, tylko do odczytu.
team-case-read-only = Sprawa użytkownika { $owner }, tylko do odczytu.

## Sync problems, as the status bar and Settings show them
error-refused = { $server } odmówił ({ $status }): { $message }
error-protocol = Serwer synchronizacji odpowiedział nieoczekiwanie: { $detail }
error-not_logged_in = Ten komputer nie jest zalogowany do serwera synchronizacji; zaloguj się w Ustawieniach.
error-credentials = Nie można użyć zapisanego logowania { $path }: { $reason }
error-corrupt_credentials = Zapisane logowanie { $path } jest uszkodzone; zaloguj się ponownie w Ustawieniach.
error-team_folder = Nie można odczytać portfeli zespołu w { $path }: { $reason }
error-other_server = Portfel w { $data_dir } synchronizuje się z { $synced_with }, a nie z { $logged_in }; zaloguj się do { $synced_with }.
error-two_portfolios = Użytkownik { $user } ma już portfel na serwerze, a w { $data_dir } jest inny; pobierz portfel z serwera do pustego katalogu danych.
error-nothing_to_sync = Użytkownik { $user } nie ma portfela ani tutaj, ani na serwerze.
error-unavailable = Serwer nie ma dokumentu { $document } dla tego użytkownika.
error-connection_lost = Utracono połączenie z { $server }: { $reason }
error-timed_out = { $server } nie zakończył synchronizacji w ciągu { $seconds } s.
error-stalled = Synchronizacja z { $server } utknęła; ponawiam próbę.
error-stopped = Synchronizacja została zatrzymana.
error-replica = Nie można odczytać ani zapisać portfela: { $detail }

## Refusals of the core, translated (each `Problem` code)
error-not_yes_or_no = „{ $value }” to nie „tak” ani „nie”
error-not_lat_lon = „{ $value }” nie ma postaci SZER,DŁ (np. 52.2297,21.0122)
error-not_a_number = „{ $value }” nie jest liczbą
error-degrees_out_of_range = { $axis ->
    [latitude] szerokość
   *[other] długość
} { $value } wykracza poza -{ $limit }..{ $limit }
error-not_a_day_window = „{ $value }” nie ma postaci GG:MM-GG:MM
error-ends_before_it_starts = „{ $value }” kończy się przed rozpoczęciem
error-not_an_amount = „{ $value }” nie jest kwotą z walutą (np. 12500.00 PLN)
error-not_minutes = „{ $value }” nie jest liczbą minut
error-not_days = „{ $value }” nie jest liczbą dni
error-not_days_up_to = „{ $value }” nie jest liczbą dni od 1 do { $max }
error-days_up_to = musi wynosić od 1 do { $max } dni
error-cadence_out_of_range = segment { $tier }: { $days } dni nie mieści się między 1 a { $max }
error-ends_before_start = koniec musi być po początku
error-year_out_of_range = { $value } nie mieści się między rokiem { $min } a { $max }
error-no_region = podaj co najmniej jeden region
error-out_of_range = musi mieścić się między { $min } a { $max }
error-not_from_to = { $value } nie mieści się w zakresie od { $min } do { $max }
error-placeholder_not_closed = symbol zastępczy przy „{ $at }” nie jest zamknięty znakiem „{"}"}”
error-stray_brace = „{"}"}” bez „{"{"}” przy „{ $at }”
error-unknown_placeholder = nieznany symbol zastępczy {"{"}{ $placeholder }{"}"}; dostępne: { $known }
error-holiday_in_birthday_greeting = {"{"}holiday{"}"} nie ma wartości w życzeniach urodzinowych
error-not_a_greeting_occasion = „{ $value }” to nie birthday, holiday, generic ani klucz święta (np. pl.easter)
error-no_such_holiday = w { $region } w roku { $year } nie ma święta „{ $key }”; są: { $keys }
error-calendar_year = rok { $value } wykracza poza zakres 1901–2099
error-none_to_mark_sent = nie wybrano nic do oznaczenia jako wysłane
error-contract_ends_before_start = { $end } jest przed początkiem umowy { $start }
error-arrears_due_without_arrears = jest ustawiony, ale nie ma zaległości
error-empty_tag = etykieta nie może być pusta
error-id_in_use = { $id } jest już używany
error-no_such_day = { $value } nie jest prawidłową datą
error-lunar_out_of_range = miesiąc księżycowy musi być od 1 do 12, a dzień od 1 do 30, a nie { $month }/{ $day }
error-not_a_care_rule = „{ $value }” nie ma postaci DNI KANAŁ (np. „3 gift:flowers” lub „0 call”)
error-care_rule_days = „{ $days }” w „{ $rule }” nie jest liczbą dni
error-lead_too_long = { $days } dni wcześniej to więcej niż { $max }
error-gift_without_what = prezent musi mówić, czym jest (gift:flowers)
error-channel_twice = „{ $channel }” użyto dwa razy; każdy kanał najwyżej raz na okazję
error-not_time_or_instant = „{ $value }” to ani GG:MM, ani data z godziną
error-no_such_time = { $value } nie istnieje dnia { $date } w strefie { $zone }
error-duration_out_of_range = { $minutes } minut nie mieści się między 1 a 1440
error-check_out_before_check_in = { $check_out } jest przed zameldowaniem { $check_in }
error-skipped_time = { $date } { $time } nie istnieje w strefie { $zone } (zmiana czasu na letni)
error-not_after = { $value } nie jest po { $after }
error-empty_id = identyfikator jest pusty
error-no_occasion_name = musi wskazywać święto lub okazję
error-outside_limits = { $value } nie mieści się między { $min } a { $max }{ $unit }
error-depart_before_arrival = jest przed przyjazdem
error-festival_needs_year = życzenia świąteczne wymagają roku
error-not_a_currency = „{ $value }” nie jest trzyliterowym kodem waluty
error-not_two_decimals = „{ $value }” nie jest kwotą z najwyżej dwoma miejscami po przecinku

# A reason the core gives in English only (the `other` problem), shown as it is
error-other = { $reason }

error-outside_degrees = { $value } wykracza poza zakres -{ $limit }..{ $limit }
error-not_typed_in = nie wpisuje się tego: wynika z wykonanych czynności
error-given_without = należy podać razem z polem { $other }
error-negative = „{ $value }” jest ujemne
error-required = jest wymagane
error-no_greeting_for = { $contact } nie jest osobą kluczową w wybranych kategoriach
error-nothing_to_change = nic do zmiany: podaj co najmniej jedno pole
error-not_an_instant = „{ $value }” nie jest datą z godziną (RRRR-MM-DD GG:MM)
error-not_a_work_span = „{ $value }” nie jest czasem pracy, np. 4h (godziny) lub 3d (dni robocze)
error-step_does_not_fit = „{ $step ->
        [open] Przyjęcie
        [start] Rozpocznij
        [note] Dodaj notatkę
        [handover] Przekaż do działu
        [wait] Czekaj na klienta
        [reply] Odpowiedz klientowi
        [resolve] Rozwiąż
        [confirm] Klient potwierdza
        [reopen] Otwórz ponownie
       *[other] { $step }
    }” jest niedostępny, gdy sprawa jest w stanie „{ $status ->
        [open] Otwarta
        [in_progress] W toku
        [handed_over] Przekazana
        [waiting] Czeka na klienta
        [resolved] Rozwiązana
        [confirmed] Potwierdzona
        [reopened] Otwarta ponownie
       *[other] { $status }
    }”
error-too_late_to_reopen = potwierdzono ponad { $days } dni temu: załóż nową sprawę
error-not_of_client = { $record } nie należy do klienta { $client }
error-visit_follows_up = ta wizyta jest już powiązana ze sprawą { $case }; zapisz tę reklamację bez wizyty albo jako notatkę w sprawie { $case }
error-in_the_future = { $value } jest w przyszłości

field-stage = Etap sprzedaży
field-case = Sprawa
field-due = Termin
field-client = Klient
field-visit = Wizyta
field-done = Zrobione
field-home = Dom
field-office = Biuro
field-working_hours = Godziny pracy
field-cadence_a = Odstęp wizyt, kategoria A
field-cadence_b = Odstęp wizyt, kategoria B
field-cadence_c = Odstęp wizyt, kategoria C
field-cadence_d = Odstęp wizyt, kategoria D
field-notification_time = Godzina powiadomień
field-care_renewal_days = Dni przed odnowieniem umowy

## Reklamacje (sprawy): lista spraw, strona sprawy, zgłaszanie reklamacji, terminy SLA; zadania
nav-cases = Reklamacje
cases-title = Reklamacje
cases-status-filter = Stan
cases-severity-filter = Waga
cases-none = Brak spraw.
cases-col-case = Sprawa
cases-col-client = Klient
cases-col-severity = Waga
cases-col-status = Stan
cases-col-response = Pierwsza odpowiedź do
cases-col-resolution = Rozwiązanie do
cases-col-sla = SLA
case-status-open = Otwarta
case-status-in_progress = W toku
case-status-handed_over = Przekazana
case-status-waiting = Czeka na klienta
case-status-resolved = Rozwiązana
case-status-confirmed = Potwierdzona
case-status-reopened = Otwarta ponownie
severity-critical = Krytyczna
severity-high = Wysoka
severity-medium = Średnia
severity-low = Niska
case-channel-phone = Telefon
case-channel-visit = Osobiście, podczas wizyty
case-channel-email = E-mail
case-channel-message = Wiadomość
case-channel-social_media = Media społecznościowe
clock-on_track = w terminie
clock-at_risk = zagrożony
clock-paused = wstrzymany
clock-met = dotrzymany
clock-breached = przekroczony
case-breached = Termin SLA przekroczony
case-at-risk = Termin SLA zagrożony
case-paused = Wstrzymany: czeka na klienta
case-department = w dziale: { $department }
case-title = { $category } — { $client }
case-received = Przyjęta { $when } · { $channel }
case-raised-by = zgłasza: { $name }
case-complaint = Reklamacja
case-no-description = Brak opisu.
case-resolution = Rozwiązanie
case-deadlines = Terminy
case-response-due = Pierwsza odpowiedź
case-resolution-due = Rozwiązanie
case-next-steps = Następne kroki
case-timeline = Przebieg
case-visits = Wizyty w sprawie
case-no-visits = Brak wizyt w tej sprawie.
case-plan-visit = Zaplanuj wizytę w sprawie
case-tasks = Zadania w sprawie
case-step-start = Rozpocznij
case-step-note = Dodaj notatkę
case-step-handover = Przekaż do działu
case-step-wait = Czekaj na klienta
case-step-reply = Odpowiedz klientowi
case-step-resolve = Rozwiąż
case-step-confirm = Klient potwierdza
case-step-reopen = Otwórz ponownie
case-event-open = Przyjęto
case-event-start = Rozpoczęto
case-event-note = Notatka
case-event-handover = Przekazano
case-event-wait = Oczekiwanie na klienta
case-event-reply = Odpowiedziano
case-event-resolve = Rozwiązano
case-event-confirm = Potwierdzone przez klienta
case-event-reopen = Otwarto ponownie
case-event-to = do: { $department }
case-event-channel = kanał: { $channel }
case-event-satisfaction = zadowolenie { $score }/5
case-event-not-applied = nie zastosowano (krok z innego urządzenia)
case-text-start = Notatka (opcjonalnie)
case-text-note = Notatka
case-text-handover = Notatka dla działu (opcjonalnie)
case-text-wait = Na co czekasz (opcjonalnie)
case-text-reply = Co przekazano klientowi (opcjonalnie)
case-text-resolve = Rozwiązanie
case-text-confirm = Słowa klienta (opcjonalnie)
case-text-reopen = Powód ponownego otwarcia
case-input-department = Dział
case-input-channel = Kanał odpowiedzi
case-input-channel-optional = Kanał odpowiedzi (opcjonalnie)
case-input-satisfaction = Zadowolenie klienta
case-satisfaction-score = { $score } z 5
case-input-at = Kiedy (puste: teraz)
case-step-save = Zapisz
case-step-cancel = Anuluj
complaint-record = Zgłoś reklamację
complaint-category = Kategoria
complaint-category-billing = Rozliczenia
complaint-category-outage = Awaria
complaint-category-quality = Jakość usługi
complaint-category-installation = Instalacja
complaint-category-contract = Umowa
complaint-severity = Waga
complaint-channel = Kanał zgłoszenia
complaint-contact = Zgłasza
complaint-contact-none = —
complaint-description = Słowami klienta
complaint-at = Data przyjęcia (puste: teraz)
complaint-submit = Zapisz reklamację
complaint-recorded = Przyjęto reklamację „{ $category }”: pierwsza odpowiedź do { $response }, rozwiązanie do { $resolution }.
complaint-open-case = Otwórz sprawę
client-cases = Sprawy
client-tasks = Zadania
tasks-none = Brak zadań.
task-done-label = Zrobione: { $title }
task-overdue = po terminie
task-add = Dodaj zadanie
task-title = Zadanie
task-due-date = Termin (opcjonalnie)
task-add-submit = Dodaj zadanie
task-ticked = Zrobione: { $title }.
task-undo = Cofnij
sla-title = Terminy obsługi reklamacji (SLA)
sla-intro = W jakim czasie sprawa danej wagi musi dostać pierwszą odpowiedź i zostać rozwiązana, w godzinach roboczych (4h) lub dniach roboczych (3d).
sla-response = Pierwsza odpowiedź
sla-resolution = Rozwiązanie

## Reklamacje, ciąg dalszy: sprawa, której dotyczy wizyta, przypomnienia o sprawach, pola wskazywane przy odmowie kroku
visit-case = Reklamacja: { $category }
reminder-kind-case_at_risk = Zbliża się termin sprawy
reminder-kind-case_breached = Przekroczony termin sprawy
reminder-kind-chase_department = Przekazana, dział jeszcze nie odpowiedział
reminder-kind-ask_confirmation = Rozwiązana, czeka na potwierdzenie klienta
reminder-action-follow = { $kind ->
    [case_at_risk] Zajmij się sprawą przed upływem terminu
    [case_breached] Pilnie rozwiąż sprawę po terminie
    [chase_department] Ponagl dział w sprawie
    [ask_confirmation] Poproś klienta o potwierdzenie rozwiązania
   *[other] Zajmij się sprawą
}
field-step = Krok
field-to = Dział
field-department = Dział
field-text = Notatka
field-reason = Powód ponownego otwarcia
field-resolution = Rozwiązanie
field-response = Pierwsza odpowiedź
field-satisfaction = Zadowolenie klienta
field-category = Kategoria
field-severity = Waga
field-channel = Kanał
field-contact = Zgłasza
field-at = Kiedy

# The weekly report (fieldbook report week, the Report view, its PDF).
report-title = Raport tygodniowy
report-week = Tydzień { $week }: { $from } – { $to }
report-manager = Opiekun
report-as-of = Stan na
report-visits = Wizyty
report-planned = Zaplanowane
report-done = Odbyte
report-cancelled = Odwołane
report-missed = Nieodbyte
report-by-purpose = Według celu
report-by-stage = Według etapu sprzedaży
report-by-tier = Według kategorii
report-per-day = Wizyty dziennie
report-first-visits = Klienci odwiedzeni po raz pierwszy
report-coverage = Pokrycie według kategorii
report-coverage-before = Tydzień wcześniej
report-tier = Kategoria
report-clients = Klienci
report-covered = Objęci
report-overdue = Klienci po terminie
report-never-contacted = Bez kontaktu
report-days-overdue = Dni po terminie
report-care = Opieka nad klientem
report-greetings-sent = Wysłane życzenia
report-occasion = Okazja
report-channel = Kanał
report-cases = Reklamacje
report-opened = Przyjęte
report-resolved = Rozwiązane
report-confirmed = Potwierdzone przez klienta
report-sla-met = SLA dotrzymane
report-sla-breached = SLA przekroczone
report-satisfaction = Średnie zadowolenie
report-open = Otwarte na koniec tygodnia
report-attention = Zagrożone lub przekroczone
report-tasks = Zadania
report-tasks-overdue = Po terminie
report-arrears = Zaległości
report-outstanding = Do zapłaty
report-past-due = Klienci po terminie płatności
report-collected = Zainkasowano w tym tygodniu
report-outcomes = Wyniki wizyt tygodnia
report-next-week = Przyszły tydzień
report-next-planned = Zaplanowane wizyty
report-next-due = Do odwiedzenia, jeszcze nie zaplanowani
report-none = Brak
report-client = Klient
report-date = Data
report-purpose = Cel
report-outcome = Wynik
report-count = Liczba
report-other = Inne
report-gift = Prezent
report-team-title = Raport zespołu
report-member = Członek zespołu
report-last-synced = Ostatnia synchronizacja
report-stale = nieaktualne
report-never-synced = nigdy
report-team-total = Zespół razem
report-key-overdue = Klienci kategorii A po terminie
report-at-risk = Zagrożone
report-breached = Przekroczone
report-team-visits = Wizyty według członków zespołu
report-stale-copies = Kopie niezsynchronizowane od doby
nav-report = Raport
report-previous = ‹ Poprzedni tydzień
report-next-week-button = Następny tydzień ›
report-this-week = Ten tydzień
report-save-pdf = Zapisz jako PDF
report-export-csv = Eksportuj CSV
report-making = Przygotowuję raport…
report-making-pdf = Składam PDF…
report-charts = Wykresy
team-dashboard = Zespół w tym tygodniu
report-members = Członkowie zespołu

## The Excel export: its sheets, and the columns the fields do not name.
export-sheet-clients = Klienci
export-sheet-contacts = Kontakty
export-sheet-visits = Wizyty
export-sheet-cases = Reklamacje
export-sheet-case_events = Przebieg reklamacji
export-sheet-tasks = Zadania
export-sheet-care_log = Dziennik opieki
column-id = ID
column-contact_id = ID kontaktu
column-occasion = Okazja
column-occasion_name = Nazwa okazji
column-gift = Prezent
column-note = Notatka
column-reminder_id = ID przypomnienia
column-case_id = ID reklamacji
column-recorded_at = Zapisano
column-by = Przez
column-applied = Zastosowano
column-client_id = ID klienta
column-raised_by = Zgłaszający
column-opened_at = Przyjęto
column-responded_at = Odpowiedziano
column-response_due = Termin odpowiedzi
column-resolution_due = Termin rozwiązania
column-resolved_at = Rozwiązano
column-breached = SLA przekroczone
column-description = Treść reklamacji
column-latitude = Szerokość geogr.
column-longitude = Długość geogr.
column-currency = Waluta
column-visit_id = ID wizyty

## The Export section of the settings, and where a saved file went.
saved-to = Zapisano w { $path }
export-title = Eksport
export-hint = Portfel jako pliki: dla kierownika, do arkusza, kalendarza, telefonu albo jako kopia zapasowa do odtworzenia poleceniem fieldbook import json.
export-xlsx = Skoroszyt Excel
export-json = Kopia zapasowa (JSON)
export-ics = Kalendarz, najbliższe 90 dni (iCalendar)
export-vcf = Kontakty (vCard)
export-csv = Eksportuj CSV
export-csv-table = Plik CSV z
export-making = Przygotowywanie pliku…
