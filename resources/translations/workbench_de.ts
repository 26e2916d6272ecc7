<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/views.py" line="215"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="216"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="217"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="218"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="219"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="226"/>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="228"/>
        <source>Every change recorded in the tamper-evident audit log, newest first.</source>
        <translation>Jede Änderung aus dem manipulationssicheren Änderungsprotokoll, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="65"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="111"/>
        <location filename="../../ui/conflicts.py" line="151"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="112"/>
        <location filename="../../ui/conflicts.py" line="154"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="113"/>
        <location filename="../../ui/conflicts.py" line="155"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="123"/>
        <source>Selected conflict</source>
        <translation>Ausgewählter Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="127"/>
        <source>Base (before both changes)</source>
        <translation>Basis (vor beiden Änderungen)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="128"/>
        <source>Mine (not applied)</source>
        <translation>Meine (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="129"/>
        <source>Theirs (server, now in the record)</source>
        <translation>Server (jetzt im Datensatz)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="137"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="138"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Server-Wert behalten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="139"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="152"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="160"/>
        <source>Fix and &amp;resend…</source>
        <translation>Korrigieren und &amp;erneut senden…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="161"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="164"/>
        <source>Changes the server rejected</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="173"/>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="181"/>
        <source>Nothing to resolve</source>
        <translation>Nichts zu klären</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="182"/>
        <source>When the server keeps a value you changed too, or refuses a change, it shows up here with both versions so nothing is lost.</source>
        <translation>Wenn der Server einen Wert behält, den Sie ebenfalls geändert haben, oder eine Änderung ablehnt, erscheint sie hier mit beiden Fassungen – so geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="189"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="192"/>
        <source>Each conflict keeps both versions until you decide. Rejected changes stay here until you resend or discard them.</source>
        <translation>Jeder Konflikt behält beide Fassungen, bis Sie entscheiden. Abgelehnte Änderungen bleiben hier, bis Sie sie erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="285"/>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="286"/>
        <source>New value for {0} (mine: {1}; theirs: {2}):</source>
        <translation>Neuer Wert für {0} (meiner: {1}; Server: {2}):</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="302"/>
        <source>Fix and resend</source>
        <translation>Korrigieren und erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="303"/>
        <source>Value of {0} to send again:</source>
        <translation>Wert von {0}, der erneut gesendet wird:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="326"/>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="327"/>
        <source>Discard this rejected change to {0}? It will not be sent again and cannot be restored.</source>
        <translation>Diese abgelehnte Änderung an {0} verwerfen? Sie wird nicht erneut gesendet und kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="295"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="305"/>
        <source>Please copy the details below and send them to your administrator.</source>
        <translation>Bitte kopieren Sie die Details unten und senden Sie sie an Ihre Administration.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="323"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/views.py" line="50"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="51"/>
        <source>Active partners</source>
        <translation>Aktive Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="52"/>
        <source>Deal registrations awaiting review</source>
        <translation>Deal-Registrierungen zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="53"/>
        <source>Approved (protected) deals</source>
        <translation>Genehmigte (geschützte) Deals</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="54"/>
        <source>Certifications expiring in 90 days</source>
        <translation>In 90 Tagen ablaufende Zertifizierungen</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="55"/>
        <source>MDF claims awaiting review</source>
        <translation>MDF-Abrechnungen zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="62"/>
        <source>Deal status</source>
        <translation>Deal-Status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="63"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="68"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="72"/>
        <source>Deal registrations by status</source>
        <translation>Deal-Registrierungen nach Status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="76"/>
        <source>Partner health scores, win rates and MDF ROI arrive with the analytics screens.</source>
        <translation>Partner-Health-Scores, Abschlussquoten und MDF-ROI kommen mit den Auswertungen.</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="102"/>
        <source>As of {0}, from the local replica.</source>
        <translation>Stand {0}, aus dem lokalen Datenbestand.</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../ui/views.py" line="117"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="118"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="121"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="128"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="130"/>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="132"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="159"/>
        <source>Filter by customer…</source>
        <translation>Nach Kunde filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="162"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="171"/>
        <source>Deal registrations</source>
        <translation>Deal-Registrierungen</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="179"/>
        <source>Registering and reviewing deals arrives with the deal registration screens.</source>
        <translation>Das Registrieren und Prüfen von Deals kommt mit den Deal-Registrierungs-Ansichten.</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="184"/>
        <source>%n deal</source>
        <translation>%n Deal</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="184"/>
        <source>%n deals</source>
        <translation>%n Deals</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Partner Workbench</source>
        <translation>Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Partner Workbench — {0}</source>
        <translation>Partner Workbench — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Training and certification</source>
        <translation>Training und Zertifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Courses, learning paths and certifications arrive with the training screens. A partner&apos;s certifications are already shown in its profile.</source>
        <translation>Kurse, Lernpfade und Zertifizierungen kommen mit den Trainings-Ansichten. Die Zertifizierungen eines Partners zeigt bereits sein Profil.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Market development funds</source>
        <translation>Marketingmittel (MDF)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Budgets, fund requests and claims arrive with the MDF screens. A partner&apos;s requests and claims are already shown in its profile.</source>
        <translation>Budgets, Mittelanträge und Abrechnungen kommen mit den MDF-Ansichten. Anträge und Abrechnungen eines Partners zeigt bereits sein Profil.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;Edit partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Find partner</source>
        <translation>Partner &amp;finden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Back to the partner list</source>
        <translation>&amp;Zurück zur Partnerliste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>C&amp;ancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>Dieser Arbeitsbereich ist bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Conflicts inbox</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;About Partner Workbench</source>
        <translation>&amp;Über Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>About Partner Workbench</source>
        <translation>Über Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Offline-first partner relationship management: partners, deal registration, training and market development funds, synced with the central server.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;br&gt;Signed in as: {2} ({3})&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Partnermanagement, das auch offline funktioniert: Partner, Deal-Registrierung, Training und Marketingmittel, abgeglichen mit dem zentralen Server.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: {1}&lt;br&gt;Angemeldet als: {2} ({3})&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../ui/partners/editor.py" line="85"/>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="87"/>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="96"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="107"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="117"/>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="124"/>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="127"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="136"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="146"/>
        <source>&amp;Web domain</source>
        <translation>&amp;Webdomain</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="155"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="164"/>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="171"/>
        <source>Program currency</source>
        <translation>Programmwährung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="176"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="187"/>
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="201"/>
        <source>New partners start as prospects.</source>
        <translation>Neue Partner beginnen als Interessenten.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../ui/partners/list_view.py" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="37"/>
        <location filename="../../ui/partners/list_view.py" line="107"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="38"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="39"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="40"/>
        <location filename="../../ui/partners/list_view.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="41"/>
        <location filename="../../ui/partners/list_view.py" line="110"/>
        <source>Channel manager</source>
        <translation>Channel-Manager</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="96"/>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="98"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="107"/>
        <source>Any tier</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="108"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="108"/>
        <source>Any region</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="109"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="109"/>
        <source>Any segment</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="110"/>
        <source>Any channel manager</source>
        <translation>Alle Channel-Manager</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="111"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="125"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="130"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="188"/>
        <source>%n partner</source>
        <translation>%n Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="188"/>
        <source>%n partners</source>
        <translation>%n Partner</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ui/partners/profile.py" line="105"/>
        <source>← Partners</source>
        <translation>← Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="107"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="129"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="130"/>
        <source>Has</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="131"/>
        <source>Current tier needs</source>
        <translation>Aktuelle Stufe verlangt</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="132"/>
        <source>Next tier needs</source>
        <translation>Nächste Stufe verlangt</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="133"/>
        <source>Missing for next tier</source>
        <translation>Fehlt für nächste Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="141"/>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="142"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="143"/>
        <source>Onboarding checklist</source>
        <translation>Onboarding-Checkliste</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="144"/>
        <source>Tier compliance</source>
        <translation>Stufen-Anforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="155"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="161"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="162"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="163"/>
        <location filename="../../ui/partners/profile.py" line="325"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="164"/>
        <location filename="../../ui/partners/profile.py" line="326"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="165"/>
        <source>Primary</source>
        <translation>Haupt­kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="171"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="172"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="173"/>
        <location filename="../../ui/partners/profile.py" line="185"/>
        <location filename="../../ui/partners/profile.py" line="195"/>
        <location filename="../../ui/partners/profile.py" line="209"/>
        <location filename="../../ui/partners/profile.py" line="321"/>
        <location filename="../../ui/partners/profile.py" line="344"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="174"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="175"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="176"/>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="183"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="184"/>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="186"/>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="187"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="193"/>
        <source>Fund request</source>
        <translation>Mittelantrag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="194"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="196"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="198"/>
        <location filename="../../ui/partners/profile.py" line="212"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="202"/>
        <location filename="../../ui/partners/profile.py" line="347"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="208"/>
        <source>Claim summary</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="210"/>
        <source>Claimed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="221"/>
        <location filename="../../ui/partners/profile.py" line="229"/>
        <location filename="../../ui/partners/profile.py" line="238"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="222"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="223"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="230"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="231"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="232"/>
        <location filename="../../ui/partners/profile.py" line="241"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="239"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="240"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="242"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="243"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="247"/>
        <location filename="../../ui/partners/profile.py" line="389"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="250"/>
        <location filename="../../ui/partners/profile.py" line="390"/>
        <source>&amp;Deals</source>
        <translation>&amp;Deals</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="252"/>
        <location filename="../../ui/partners/profile.py" line="391"/>
        <source>Ce&amp;rtifications</source>
        <translation>&amp;Zertifizierungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="255"/>
        <source>Fund requests</source>
        <translation>Mittelanträge</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="257"/>
        <source>Claims</source>
        <translation>Abrechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="259"/>
        <location filename="../../ui/partners/profile.py" line="392"/>
        <source>&amp;MDF</source>
        <translation>&amp;MDF</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="260"/>
        <location filename="../../ui/partners/profile.py" line="393"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="261"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="262"/>
        <source>&amp;Audit history</source>
        <translation>Änderungs&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="264"/>
        <location filename="../../ui/partners/profile.py" line="288"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="313"/>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="318"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="319"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="320"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="322"/>
        <source>Channel manager</source>
        <translation>Channel-Manager</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="323"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="324"/>
        <source>Web domain</source>
        <translation>Webdomain</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="327"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="328"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="329"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="332"/>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="335"/>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="336"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="345"/>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="348"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="349"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="350"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="359"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="369"/>
        <source>Showing the newest {0} of {1} deals.</source>
        <translation>Die neuesten {0} von {1} Deals.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="407"/>
        <source>No tier yet.</source>
        <translation>Noch keine Stufe.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="409"/>
        <source>Meets every requirement of its tier {0}.</source>
        <translation>Erfüllt alle Anforderungen der Stufe {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="411"/>
        <source>Below the requirements of its tier {0}.</source>
        <translation>Unter den Anforderungen der Stufe {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="413"/>
        <source>Top tier: there is no higher tier.</source>
        <translation>Höchste Stufe: Es gibt keine höhere.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="415"/>
        <source>Ready for {0}: every requirement is met.</source>
        <translation>Bereit für {0}: Alle Anforderungen sind erfüllt.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="417"/>
        <source>Still missing for {0}: see the last column.</source>
        <translation>Für {0} fehlt noch: siehe letzte Spalte.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="420"/>
        <source>Revenue in {0} has no exchange rate and is not counted.</source>
        <translation>Umsatz in {0} hat keinen Wechselkurs und wird nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../ui/search.py" line="29"/>
        <location filename="../../ui/search.py" line="35"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="33"/>
        <source>Search partners, contacts, deals and claims…</source>
        <translation>Partner, Kontakte, Deals und Abrechnungen suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="130"/>
        <source>%n result</source>
        <translation>%n Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="130"/>
        <source>%n results</source>
        <translation>%n Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="132"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="34"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="37"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="46"/>
        <source>Numbers, amounts and dates follow the language&apos;s conventions.</source>
        <translation>Zahlen, Beträge und Datumsangaben folgen den Konventionen der Sprache.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:</source>
        <translation>Kein Systemschlüsselbund verfügbar. Wählen Sie eine Passphrase (mindestens {0} Zeichen), um diesen Arbeitsbereich zu verschlüsseln:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="53"/>
        <source>Passphrase for this workspace:</source>
        <translation>Passphrase für diesen Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="57"/>
        <location filename="../../ui/app.py" line="72"/>
        <source>Partner Workbench</source>
        <translation>Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <location filename="../../ui/app.py" line="78"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Die Passphrase braucht mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Repeat the passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="169"/>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>Preparing the offline demo data…</source>
        <translation>Offline-Demodaten werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="232"/>
        <source>Signing in to the demo server and fetching the demo data…</source>
        <translation>Anmeldung am Demo-Server und Abruf der Demodaten…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="236"/>
        <source>Fetching the demo data: {0} records…</source>
        <translation>Demodaten werden abgerufen: {0} Datensätze…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="284"/>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="300"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/statusbar.py" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="59"/>
        <source>Stop the sync under way (what was sent stays sent)</source>
        <translation>Laufende Synchronisierung anhalten (bereits Gesendetes bleibt gesendet)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="61"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74"/>
        <source>Send your changes and fetch the latest (Ctrl+Shift+S)</source>
        <translation>Eigene Änderungen senden und den neuesten Stand holen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>Dieser Arbeitsbereich ist bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="127"/>
        <location filename="../../ui/statusbar.py" line="146"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="135"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136"/>
        <source>Sending %v of %m…</source>
        <translation>Sende %v von %m…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="137"/>
        <source>Fetching: %v changes…</source>
        <translation>Abruf: %v Änderungen…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="138"/>
        <source>Fetching: %v records…</source>
        <translation>Abruf: %v Datensätze…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="152"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="152"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="155"/>
        <source>Connected to the server.</source>
        <translation>Mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="157"/>
        <source>Working offline: changes are kept locally and sent when the server is reachable.</source>
        <translation>Offline: Änderungen werden lokal gespeichert und gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="162"/>
        <source>Last attempt: {0}</source>
        <translation>Letzter Versuch: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="168"/>
        <source>%n pending change</source>
        <translation>%n ausstehende Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="168"/>
        <source>%n pending changes</source>
        <translation>%n ausstehende Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="172"/>
        <source>%n conflict</source>
        <translation>%n Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="172"/>
        <source>%n conflicts</source>
        <translation>%n Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="174"/>
        <source>%n rejected</source>
        <translation>%n abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="176"/>
        <source>Open the conflicts inbox</source>
        <translation>Konflikte öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="179"/>
        <source>Last sync: {0}</source>
        <translation>Letzte Synchronisation: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="181"/>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>{field} is required.</source>
        <translation>{field} ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>{field} is too long ({length} characters, at most {max}).</source>
        <translation>{field} ist zu lang ({length} Zeichen, höchstens {max}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>{field} contains control characters that are not allowed.</source>
        <translation>{field} enthält unzulässige Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>“{value}” is not a valid web domain (for example example.com).</source>
        <translation>„{value}“ ist keine gültige Webdomain (zum Beispiel example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>“{value}” is not a two-letter country code (for example DE).</source>
        <translation>„{value}“ ist kein zweistelliger Ländercode (zum Beispiel DE).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>“{value}” is not a supported currency.</source>
        <translation>„{value}“ ist keine unterstützte Währung.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>“{value}” is not a valid amount.</source>
        <translation>„{value}“ ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>{field} must be an exact decimal amount.</source>
        <translation>{field} muss ein exakter Dezimalbetrag sein.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>{field} allows at most {decimals} decimal places.</source>
        <translation>{field} erlaubt höchstens {decimals} Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>{field} must be a whole amount in minor units.</source>
        <translation>{field} muss ein ganzzahliger Betrag in kleinster Einheit sein.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>{field} is too large.</source>
        <translation>{field} ist zu groß.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>{field} must be greater than zero.</source>
        <translation>{field} muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>“{value}” is not a valid choice for {field} (allowed: {allowed}).</source>
        <translation>„{value}“ ist für {field} nicht zulässig (erlaubt: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Das Enddatum {end} liegt vor dem Beginn {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>{field} must be between {min} and {max} (got {value}).</source>
        <translation>{field} muss zwischen {min} und {max} liegen (erhalten: {value}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>The {entity} {id} was not found. It may have been deleted.</source>
        <translation>{entity} {id} wurde nicht gefunden. Der Datensatz wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>{field} refers to a record that does not exist ({id}).</source>
        <translation>{field} verweist auf einen nicht vorhandenen Datensatz ({id}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>You are not allowed to do this ({action}).</source>
        <translation>Dazu fehlt Ihnen die Berechtigung ({action}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>This {entity} cannot go from “{current}” to “{target}”.</source>
        <translation>{entity} kann nicht von „{current}“ zu „{target}“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The passphrase is too short: use at least {min} characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens {min} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>“{value}” is not a valid phone number.</source>
        <translation>„{value}“ ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {field}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>{field} can only be changed through its own action.</source>
        <translation>{field} lässt sich nur über die zugehörige Aktion ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>{field} cannot be changed here.</source>
        <translation>{field} kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Records of type {entity} cannot be changed here.</source>
        <translation>Datensätze vom Typ {entity} können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The server had a problem ({status}). Sync tries again later.</source>
        <translation>Der Server hatte ein Problem ({status}). Die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>The server sent an answer that cannot be read. Sync tries again.</source>
        <translation>Die Antwort des Servers ist nicht lesbar. Die Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The server is busy. Sync tries again in a moment.</source>
        <translation>Der Server ist ausgelastet. Die Synchronisierung versucht es gleich erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Please sign in again ({reason}).</source>
        <translation>Bitte melden Sie sich erneut an ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>This device was signed out by an administrator. Sign in again to continue syncing.</source>
        <translation>Dieses Gerät wurde von einem Administrator abgemeldet. Melden Sie sich erneut an, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Update Partner Workbench to keep syncing ({reason}).</source>
        <translation>Aktualisieren Sie Partner Workbench, um weiter zu synchronisieren ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>The server refused the request ({status} {error}).</source>
        <translation>Der Server hat die Anfrage abgelehnt ({status} {error}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>This workspace belongs to another user. Use a separate workspace to sign in as someone else.</source>
        <translation>Dieser Arbeitsbereich gehört einem anderen Benutzer. Verwenden Sie für eine andere Anmeldung einen eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>The e-mail address or the password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort sind falsch.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>This conflict was resolved already.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The record was deleted on the server; your value cannot be applied.</source>
        <translation>Der Datensatz wurde auf dem Server gelöscht; Ihr Wert kann nicht übernommen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>This change is no longer waiting in the rejected list.</source>
        <translation>Diese Änderung steht nicht mehr in der Liste der abgelehnten Änderungen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>The demo server could not be prepared ({detail}). Working offline with local demo data.</source>
        <translation>Der Demo-Server konnte nicht vorbereitet werden ({detail}). Es wird offline mit lokalen Demodaten gearbeitet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>The demo server could not start (exit code {exit_code}). Working offline with local demo data.</source>
        <translation>Der Demo-Server konnte nicht starten (Exit-Code {exit_code}). Es wird offline mit lokalen Demodaten gearbeitet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>The demo server did not answer within {seconds} seconds. Working offline with local demo data.</source>
        <translation>Der Demo-Server hat nicht innerhalb von {seconds} Sekunden geantwortet. Es wird offline mit lokalen Demodaten gearbeitet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>This demo workspace was filled offline earlier, so it stays offline. Delete the demo workspace to start over with the demo server.</source>
        <translation>Dieser Demo-Arbeitsbereich wurde früher offline befüllt und bleibt daher offline. Löschen Sie den Demo-Arbeitsbereich, um mit dem Demo-Server neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The input was refused ({code}).</source>
        <translation>Die Eingabe wurde abgelehnt ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>{field}: the input was refused ({code}).</source>
        <translation>{field}: Die Eingabe wurde abgelehnt ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The local database could not be unlocked: the key or passphrase is wrong. The file was not changed.</source>
        <translation>Die lokale Datenbank ließ sich nicht entsperren: Schlüssel oder Passphrase sind falsch. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The local database is in use by another program or another Partner Workbench window. Close it and try again.</source>
        <translation>Die lokale Datenbank wird von einem anderen Programm oder Partner-Workbench-Fenster verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135"/>
        <source>The local database is damaged and cannot be opened. The file was left untouched; restore a backup or sync a fresh copy from the server.</source>
        <translation>Die lokale Datenbank ist beschädigt und kann nicht geöffnet werden. Die Datei bleibt unverändert; stellen Sie eine Sicherung wieder her oder laden Sie eine frische Kopie vom Server.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The key for the local database is missing from the system keyring. Enter your passphrase or sync a fresh copy from the server.</source>
        <translation>Der Schlüssel der lokalen Datenbank fehlt im Systemschlüsselbund. Geben Sie Ihre Passphrase ein oder laden Sie eine frische Kopie vom Server.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>The local database cannot be opened ({reason}).</source>
        <translation>Die lokale Datenbank kann nicht geöffnet werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>System integrator</source>
        <translation>Systemintegrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Referral</source>
        <translation>Empfehlungspartner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Info requested</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Agreement signed</source>
        <translation>Vertrag unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>KYC / due diligence done</source>
        <translation>KYC-/Sorgfaltsprüfung erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>First training</source>
        <translation>Erstes Training</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Portal access</source>
        <translation>Portalzugang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Certified people</source>
        <translation>Zertifizierte Personen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Revenue (last 12 months)</source>
        <translation>Umsatz (letzte 12 Monate)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Active deals</source>
        <translation>Aktive Deals</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <location filename="../../ui/labels.py" line="71"/>
        <source>MDF claim</source>
        <translation>MDF-Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Segment/region</source>
        <translation>Segment/Region</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Deal product</source>
        <translation>Deal-Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>MDF request</source>
        <translation>MDF-Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>MDF allocation</source>
        <translation>MDF-Zuteilung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>MDF payment</source>
        <translation>MDF-Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>module completed</source>
        <translation>Modul abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>exam passed</source>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>exam failed</source>
        <translation>Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>earned</source>
        <translation>erworben</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>not allowed in this state</source>
        <translation>in diesem Status nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>attachments missing on the server</source>
        <translation>Anhänge fehlen auf dem Server</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <location filename="../../ui/partners/editor.py" line="41"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="42"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="43"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="44"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="45"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="46"/>
        <source>Web domain</source>
        <translation>Webdomain</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="47"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="48"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="49"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="50"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Alternative name</source>
        <translation>Alternativer Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Partner type</source>
        <translation>Partnertyp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Web domain</source>
        <translation>Webdomain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Customer domain</source>
        <translation>Domain des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Customer country</source>
        <translation>Land des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Reason for the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Amount won</source>
        <translation>Gewonnener Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Completed on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Activity type</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Approved amount</source>
        <translation>Genehmigter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Claimed amount</source>
        <translation>Abgerechneter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Actual cost</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Target amount</source>
        <translation>Zielbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Invoice reference</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Earned on</source>
        <translation>Erworben am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Requested until</source>
        <translation>Beantragt bis</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="177"/>
        <source>Sign in to the sync server</source>
        <translation>Beim Synchronisationsserver anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="191"/>
        <source>Sign in with your Partner Workbench account. Your changes stay on this computer until they are sent.</source>
        <translation>Melden Sie sich mit Ihrem Partner-Workbench-Konto an. Ihre Änderungen bleiben auf diesem Computer, bis sie gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="205"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="209"/>
        <source>Remember this device (stay signed in after quitting)</source>
        <translation>Dieses Gerät merken (nach dem Beenden angemeldet bleiben)</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="215"/>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="216"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="217"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="240"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="245"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="129"/>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="131"/>
        <source>The e-mail address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="134"/>
        <source>An administrator revoked this device. Ask them to allow it again, or sign in on another device.</source>
        <translation>Ein Administrator hat dieses Gerät gesperrt. Bitten Sie ihn, es wieder zuzulassen, oder melden Sie sich auf einem anderen Gerät an.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="137"/>
        <source>No sync server answers at this address. Check the URL (and its port).</source>
        <translation>Unter dieser Adresse antwortet kein Synchronisationsserver. Prüfen Sie die URL (und den Port).</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="140"/>
        <source>This computer has no keyring to remember the device in. Sign in without remembering it.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem das Gerät gemerkt werden kann. Melden Sie sich an, ohne es zu merken.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="143"/>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="145"/>
        <source>Start the address with https:// (or http:// for a server on this computer).</source>
        <translation>Beginnen Sie die Adresse mit https:// (oder http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="147"/>
        <source>“{0}” is not a server address.</source>
        <translation>„{0}“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="154"/>
        <source>An administrator signed this device out. Sign in again to continue syncing.</source>
        <translation>Ein Administrator hat dieses Gerät abgemeldet. Melden Sie sich erneut an, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="155"/>
        <source>Your session with the server has ended. Sign in again to continue syncing.</source>
        <translation>Ihre Sitzung mit dem Server ist abgelaufen. Melden Sie sich erneut an, um weiter zu synchronisieren.</translation>
    </message>
</context>
</TS>
