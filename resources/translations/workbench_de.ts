<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/views.py" line="36"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="37"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="38"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="39"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="40"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="47"/>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="49"/>
        <source>Every change recorded in the tamper-evident audit log, newest first.</source>
        <translation>Jede Änderung aus dem manipulationssicheren Änderungsprotokoll, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>AnalyticsDashboard</name>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="34"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="35"/>
        <location filename="../../ui/dashboard/drill.py" line="94"/>
        <location filename="../../ui/dashboard/view.py" line="240"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="36"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="37"/>
        <source>Training event</source>
        <translation>Schulungsereignis</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="38"/>
        <source>MDF allocation</source>
        <translation>MDF-Zuteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="39"/>
        <source>MDF activity</source>
        <translation>MDF-Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="40"/>
        <source>MDF claim</source>
        <translation>MDF-Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="61"/>
        <source>How this figure is made — {0}</source>
        <translation>So entsteht diese Zahl — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="72"/>
        <location filename="../../ui/dashboard/view.py" line="182"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="73"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="77"/>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="79"/>
        <source>Numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="84"/>
        <source>Records in the numerator</source>
        <translation>Datensätze im Zähler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="87"/>
        <source>Denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="88"/>
        <source>Records in the denominator</source>
        <translation>Datensätze im Nenner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="93"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="95"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="97"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="99"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="125"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="132"/>
        <source>The first {0} records (more exist).</source>
        <translation>Die ersten {0} Datensätze (es gibt weitere).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="134"/>
        <source>{0} records.</source>
        <translation>{0} Datensätze.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="135"/>
        <source>Double-click a record to open its partner.</source>
        <translation>Doppelklick auf einen Datensatz öffnet seinen Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="12"/>
        <location filename="../../ui/dashboard/view.py" line="357"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="13"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="14"/>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="15"/>
        <source>Average deal size</source>
        <translation>Ø Dealgröße</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="16"/>
        <source>Sales cycle</source>
        <translation>Vertriebszyklus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="17"/>
        <source>Time to first deal</source>
        <translation>Zeit bis zum ersten Deal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="18"/>
        <source>Certification rate</source>
        <translation>Zertifizierungsquote</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="19"/>
        <source>MDF utilisation</source>
        <translation>MDF-Ausschöpfung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="20"/>
        <source>MDF ROI</source>
        <translation>MDF-ROI</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="21"/>
        <source>Activity index</source>
        <translation>Aktivitätsindex</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="22"/>
        <source>Activation in 60 days</source>
        <translation>Aktivierung in 60 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="23"/>
        <source>Activation in 90 days</source>
        <translation>Aktivierung in 90 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="24"/>
        <source>Review SLA compliance</source>
        <translation>Einhaltung der Prüffrist</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="28"/>
        <source>Sum of the won amounts (won amount, else the registered amount) of deals won with a close date in the period, converted into the program currency at the program&apos;s stored exchange rates.</source>
        <translation>Summe der gewonnenen Beträge (Gewinnbetrag, sonst der registrierte Betrag) der im Zeitraum abgeschlossenen gewonnenen Deals, umgerechnet in die Programmwährung zu den im Programm hinterlegten Kursen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="33"/>
        <source>Sum of the amounts of open deals (submitted, information requested, approved) submitted on or before the period end, converted into the program currency.</source>
        <translation>Summe der Beträge offener Deals (eingereicht, Rückfrage, genehmigt), eingereicht bis zum Ende des Zeitraums, umgerechnet in die Programmwährung.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="38"/>
        <source>Deals won ÷ deals won or lost, closed in the period.</source>
        <translation>Gewonnene Deals ÷ gewonnene oder verlorene Deals, abgeschlossen im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="39"/>
        <source>Revenue ÷ number of deals won in the period.</source>
        <translation>Umsatz ÷ Anzahl der im Zeitraum gewonnenen Deals.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="40"/>
        <source>Σ (close date − submission date) in days ÷ number of deals won or lost in the period.</source>
        <translation>Σ (Abschlussdatum − Einreichungsdatum) in Tagen ÷ Anzahl der im Zeitraum gewonnenen oder verlorenen Deals.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="43"/>
        <source>Partners approved in the period that have registered a deal: Σ (first submission − approval date) in days ÷ number of those partners.</source>
        <translation>Im Zeitraum freigegebene Partner mit mindestens einer Registrierung: Σ (erste Einreichung − Freigabedatum) in Tagen ÷ Anzahl dieser Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="48"/>
        <source>Contacts with a valid certification at the period end ÷ contacts (not deleted).</source>
        <translation>Kontakte mit gültiger Zertifizierung am Ende des Zeitraums ÷ Kontakte (nicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="51"/>
        <source>Claimed MDF (claims submitted, information requested, approved or paid) ÷ MDF allocated from budgets that overlap the period.</source>
        <translation>Abgerufene MDF (Abrechnungen eingereicht, Rückfrage, genehmigt oder bezahlt) ÷ zugeteilte MDF aus Budgets, die den Zeitraum überschneiden.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="56"/>
        <source>Revenue of won deals attributed to paid MDF activities that ended in the period (same partner, closed from the activity start to 90 days after its end; a deal counts once) ÷ amount reimbursed.</source>
        <translation>Umsatz gewonnener Deals, die bezahlten, im Zeitraum beendeten MDF-Maßnahmen zugeordnet sind (gleicher Partner, abgeschlossen zwischen Beginn der Maßnahme und 90 Tagen nach ihrem Ende; ein Deal zählt einmal) ÷ erstatteter Betrag.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="61"/>
        <source>Events in the 90 days up to the period end (deals submitted, training events, fund requests and claims submitted) ÷ number of partners.</source>
        <translation>Ereignisse in den 90 Tagen bis zum Ende des Zeitraums (eingereichte Deals, Schulungsereignisse, eingereichte Mittelanträge und Abrechnungen) ÷ Anzahl der Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="66"/>
        <source>Partners approved in the period with a first won deal within 60 days ÷ partners approved in the period.</source>
        <translation>Im Zeitraum freigegebene Partner mit einem ersten gewonnenen Deal innerhalb von 60 Tagen ÷ im Zeitraum freigegebene Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="70"/>
        <source>Partners approved in the period with a first won deal within 90 days ÷ partners approved in the period.</source>
        <translation>Im Zeitraum freigegebene Partner mit einem ersten gewonnenen Deal innerhalb von 90 Tagen ÷ im Zeitraum freigegebene Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="74"/>
        <source>Deal reviews decided within the program&apos;s review time (working days, Monday to Friday) ÷ decided reviews plus registrations still waiting past that time, of registrations submitted in the period.</source>
        <translation>Innerhalb der Prüffrist des Programms (Arbeitstage, Montag bis Freitag) entschiedene Deal-Prüfungen ÷ entschiedene Prüfungen plus Registrierungen, die über die Frist hinaus warten, jeweils der im Zeitraum eingereichten Registrierungen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="82"/>
        <source>{missing} certification(s) missing for {tier}</source>
        <translation>{missing} Zertifizierung(en) fehlen für {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="85"/>
        <source>{missing} of 12-month revenue missing for {tier}</source>
        <translation>{missing} Umsatz (12 Monate) fehlen für {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="88"/>
        <source>{missing} active deal(s) missing for {tier}</source>
        <translation>{missing} aktive Deal(s) fehlen für {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="91"/>
        <source>Low activity: {events_90d} events in 90 days (target {target})</source>
        <translation>Wenig Aktivität: {events_90d} Ereignisse in 90 Tagen (Ziel {target})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="94"/>
        <source>Thin pipeline: {pipeline} of {reference}</source>
        <translation>Dünne Pipeline: {pipeline} von {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="95"/>
        <source>MDF unused: {unclaimed} not claimed</source>
        <translation>MDF ungenutzt: {unclaimed} nicht abgerufen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="96"/>
        <source>No MDF allocation yet</source>
        <translation>Noch keine MDF-Zuteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="97"/>
        <source>Certify people: {certified} of {people} certified</source>
        <translation>Personen zertifizieren: {certified} von {people} zertifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="110"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="114"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="124"/>
        <source>{0} ×</source>
        <translation>{0} ×</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="128"/>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="151"/>
        <source>= previous period</source>
        <translation>= Vorperiode</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="155"/>
        <source>{0} {1} pp vs. previous period</source>
        <translation>{0} {1} Pp. ggü. Vorperiode</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="157"/>
        <source>{0} from zero</source>
        <translation>{0} von null</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="159"/>
        <source>{0} {1} % vs. previous period</source>
        <translation>{0} {1} % ggü. Vorperiode</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="148"/>
        <source>Partner performance</source>
        <translation>Partnerleistung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="149"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="151"/>
        <source>Every table of the dashboard as CSV files in a folder</source>
        <translation>Alle Tabellen des Dashboards als CSV-Dateien in einen Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="153"/>
        <source>QBR PDF…</source>
        <translation>QBR-PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="155"/>
        <source>Quarterly business review of the partner selected below</source>
        <translation>Quartalsbericht (QBR) des unten gewählten Partners</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="166"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="167"/>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="168"/>
        <source>Last complete quarter</source>
        <translation>Letztes volles Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="169"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="170"/>
        <source>Previous year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="183"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="184"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="185"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="186"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="215"/>
        <source>Revenue by month</source>
        <translation>Umsatz je Monat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="216"/>
        <source>Deal funnel</source>
        <translation>Deal-Trichter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="217"/>
        <source>Health score distribution</source>
        <translation>Verteilung der Health-Scores</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="218"/>
        <source>MDF spend vs. attributed revenue by region</source>
        <translation>MDF-Ausgaben und zugeordneter Umsatz je Region</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219"/>
        <source>Activation by approval month</source>
        <translation>Aktivierung nach Freigabemonat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="237"/>
        <source>Partners that need attention</source>
        <translation>Partner, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="241"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="242"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="253"/>
        <source>Double-click a partner to open it; click a figure for its formula and records.</source>
        <translation>Doppelklick öffnet einen Partner; ein Klick auf eine Kennzahl zeigt Formel und Datensätze.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="290"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="314"/>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="342"/>
        <source>{0} to {1}, compared with {2} to {3}. Figures from the local replica, in {4}.</source>
        <translation>{0} bis {1}, verglichen mit {2} bis {3}. Zahlen aus der lokalen Kopie, in {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="361"/>
        <location filename="../../ui/dashboard/view.py" line="389"/>
        <source>thousand {0}</source>
        <translation>Tsd. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="367"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="368"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="369"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="370"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="372"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="378"/>
        <source>No MDF activity ended in the period</source>
        <translation>Keine MDF-Maßnahme endete im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="381"/>
        <source>Reimbursed</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="385"/>
        <source>Attributed revenue</source>
        <translation>Zugeordneter Umsatz</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="396"/>
        <source>Revenue within 60 days</source>
        <translation>Umsatz innerhalb von 60 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="400"/>
        <source>Revenue within 90 days</source>
        <translation>Umsatz innerhalb von 90 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="404"/>
        <source>% of the partners approved</source>
        <translation>% der freigegebenen Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="410"/>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="420"/>
        <source>MDF ROI (attributed revenue ÷ reimbursed): {0}</source>
        <translation>MDF-ROI (zugeordneter Umsatz ÷ erstattet): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="432"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="433"/>
        <source>partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="448"/>
        <source>Activity {0}, pipeline {1}, certification {2}, marketing {3} (of 100)</source>
        <translation>Aktivität {0}, Pipeline {1}, Zertifizierung {2}, Marketing {3} (von 100)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="482"/>
        <source>Export the dashboard tables to</source>
        <translation>Dashboard-Tabellen exportieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="489"/>
        <source>Wait until the figures are shown, then export.</source>
        <translation>Bitte warten, bis die Zahlen angezeigt werden, dann exportieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="510"/>
        <source>Save the QBR as</source>
        <translation>QBR speichern unter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="519"/>
        <source>Writing the QBR…</source>
        <translation>QBR wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="528"/>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="111"/>
        <source>MDF claim</source>
        <translation>MDF-Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="127"/>
        <source>&amp;Actual cost</source>
        <translation>&amp;Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="136"/>
        <source>&amp;Claimed</source>
        <translation>&amp;Beantragt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="149"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="173"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="175"/>
        <source>S&amp;ubmit claim</source>
        <translation>Abrechnung &amp;einreichen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="185"/>
        <source>Approved request</source>
        <translation>Genehmigter Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="187"/>
        <source>Claim</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="194"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="197"/>
        <source>Proof of execution (signed PDF)</source>
        <translation>Durchführungsnachweis (signiertes PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="199"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="250"/>
        <source>MDF claim — {0}</source>
        <translation>MDF-Abrechnung – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="252"/>
        <source>New MDF claim — {0}</source>
        <translation>Neue MDF-Abrechnung – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="257"/>
        <source>{0} (passed)</source>
        <translation>{0} (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="259"/>
        <source>{0} ({1} days left)</source>
        <translation>{0} (noch {1} Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="264"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="265"/>
        <source>Activity</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="266"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="269"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="270"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="274"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="277"/>
        <source>Still claimable</source>
        <translation>Noch abrechenbar</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="280"/>
        <source>Participation rate</source>
        <translation>Beteiligungssatz</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="281"/>
        <source>Claim deadline</source>
        <translation>Abrechnungsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="290"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="307"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="309"/>
        <source>Reviewer: {0}</source>
        <translation>Prüfer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="339"/>
        <source>Reimbursed: {0} of the actual cost.</source>
        <translation>Erstattet werden {0} der tatsächlichen Kosten.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="347"/>
        <source>You can claim at most {0} ({1} of the actual cost, within {2} still claimable).</source>
        <translation>Sie können höchstens {0} abrechnen ({1} der tatsächlichen Kosten, im Rahmen der noch abrechenbaren {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="362"/>
        <source>Save the claim and add its evidence first.</source>
        <translation>Speichern Sie die Abrechnung und fügen Sie zuerst die Nachweise hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="37"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="38"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="40"/>
        <location filename="../../ui/mdf/cost_lines.py" line="53"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="49"/>
        <source>Cost, e.g. booth rent</source>
        <translation>Kosten, z. B. Standmiete</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="51"/>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="54"/>
        <source>Add &amp;cost</source>
        <translation>Kosten &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="111"/>
        <source>Total of the cost lines: {0}</source>
        <translation>Summe der Kostenpositionen: {0}</translation>
    </message>
</context>
<context>
    <name>CompareDeals</name>
    <message>
        <location filename="../../ui/deals/compare.py" line="73"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="75"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="77"/>
        <source>Folded company name</source>
        <translation>Vereinheitlichter Firmenname</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="79"/>
        <source>Web domain</source>
        <translation>Web-Domain</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="81"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="83"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="85"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="87"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="88"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="91"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="95"/>
        <source>Registered (priority time)</source>
        <translation>Registriert (maßgebliche Zeit)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="98"/>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="109"/>
        <source>Compare possible duplicates</source>
        <translation>Mögliche Dubletten vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="113"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="114"/>
        <source>This registration</source>
        <translation>Diese Registrierung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="115"/>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="124"/>
        <source>Highlighted: the values that match.</source>
        <translation>Hervorgehoben: die übereinstimmenden Werte.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="129"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="147"/>
        <source>These registrations no longer match (closed, or the data changed).</source>
        <translation>Diese Registrierungen stimmen nicht mehr überein (abgeschlossen oder Daten geändert).</translation>
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
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="112"/>
        <location filename="../../ui/conflicts.py" line="156"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="113"/>
        <location filename="../../ui/conflicts.py" line="157"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="123"/>
        <source>Selected conflict</source>
        <translation>Ausgewählter Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="128"/>
        <source>Base (before both changes)</source>
        <translation>Basis (vor beiden Änderungen)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="129"/>
        <location filename="../../ui/conflicts.py" line="257"/>
        <source>Mine (not applied)</source>
        <translation>Meine (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="130"/>
        <location filename="../../ui/conflicts.py" line="262"/>
        <source>Theirs (server, now in the record)</source>
        <translation>Server (jetzt im Datensatz)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="139"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Server-Wert behalten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="141"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="154"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="155"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="162"/>
        <source>Fix and &amp;resend…</source>
        <translation>Korrigieren und &amp;erneut senden…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="163"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="166"/>
        <source>Changes the server rejected</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="175"/>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="183"/>
        <source>Nothing to resolve</source>
        <translation>Nichts zu klären</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="184"/>
        <source>When the server keeps a value you changed too, or refuses a change, it shows up here with both versions so nothing is lost.</source>
        <translation>Wenn der Server einen Wert behält, den Sie ebenfalls geändert haben, oder eine Änderung ablehnt, erscheint sie hier mit beiden Fassungen – so geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="191"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="194"/>
        <source>Each conflict keeps both versions until you decide. Rejected changes stay here until you resend or discard them.</source>
        <translation>Jeder Konflikt behält beide Fassungen, bis Sie entscheiden. Abgelehnte Änderungen bleiben hier, bis Sie sie erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="257"/>
        <source>Mine (now in the record)</source>
        <translation>Meine (jetzt im Datensatz)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="260"/>
        <source>Theirs (other user, not applied)</source>
        <translation>Andere Seite (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="298"/>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="299"/>
        <source>New value for {0} (mine: {1}; theirs: {2}):</source>
        <translation>Neuer Wert für {0} (meiner: {1}; Server: {2}):</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="315"/>
        <source>Fix and resend</source>
        <translation>Korrigieren und erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="316"/>
        <source>Value of {0} to send again:</source>
        <translation>Wert von {0}, der erneut gesendet wird:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="339"/>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="340"/>
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
    <name>CsvImport</name>
    <message>
        <location filename="../../ui/csv_import.py" line="121"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="123"/>
        <source>A CSV export of Salesforce, HubSpot or the workbench itself (UTF-8 or Windows).</source>
        <translation>Ein CSV-Export aus Salesforce, HubSpot oder der Workbench selbst (UTF-8 oder Windows).</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="128"/>
        <source>Deal registrations</source>
        <translation>Deal-Registrierungen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="129"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="130"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="136"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="139"/>
        <source>Detect from the headers</source>
        <translation>An den Spaltenköpfen erkennen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="142"/>
        <source>Partner Workbench export</source>
        <translation>Export der Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="145"/>
        <source>from the file&apos;s partner column</source>
        <translation>aus der Partnerspalte der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="152"/>
        <source>&amp;Records</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="153"/>
        <source>&amp;File</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="154"/>
        <source>&amp;Layout</source>
        <translation>&amp;Aufbau</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="155"/>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="156"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="179"/>
        <location filename="../../ui/csv_import.py" line="453"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="179"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="204"/>
        <source>The file cannot be read: {0}</source>
        <translation>Die Datei kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="213"/>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="219"/>
        <source>Workbench field</source>
        <translation>Workbench-Feld</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="219"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="247"/>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="256"/>
        <source>Layout: {0}. Encoding {1}, separator “{2}”. Fields marked * are required.</source>
        <translation>Aufbau: {0}. Kodierung {1}, Trennzeichen „{2}“. Mit * markierte Felder sind Pflicht.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="260"/>
        <source>The file is not UTF-8; it was read as {0}: check the accents below.</source>
        <translation>Die Datei ist nicht UTF-8; sie wurde als {0} gelesen: Umlaute und Akzente unten prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="271"/>
        <source>Map the required fields: {0}.</source>
        <translation>Pflichtfelder zuordnen: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="290"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="291"/>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="297"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="299"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="300"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="300"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="302"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="303"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="313"/>
        <source>Import only the valid rows and skip the others</source>
        <translation>Nur die gültigen Zeilen importieren, die anderen überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="320"/>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="349"/>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="376"/>
        <source>{0}: {1} valid, {2} with errors.</source>
        <translation>{0}: {1} gültig, {2} mit Fehlern.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="377"/>
        <source>%n row</source>
        <translation>%n Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="377"/>
        <source>%n rows</source>
        <translation>%n Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="382"/>
        <source>The first {0} rows are listed.</source>
        <translation>Die ersten {0} Zeilen sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="384"/>
        <source>A file with errors is not imported unless you choose to import only the valid rows.</source>
        <translation>Eine Datei mit Fehlern wird nur importiert, wenn Sie wählen, nur die gültigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="393"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>Prüfung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="420"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="420"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="412"/>
        <source>Writing… (one transaction: all rows or none)</source>
        <translation>Wird geschrieben… (eine Transaktion: alle Zeilen oder keine)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="464"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <location filename="../../ui/deals/common.py" line="37"/>
        <source>Created as draft</source>
        <translation>Als Entwurf angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="38"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="39"/>
        <source>Resubmitted with more information</source>
        <translation>Mit weiteren Angaben erneut eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="40"/>
        <source>Received by the server (priority time)</source>
        <translation>Beim Server eingegangen (maßgebliche Zeit)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="41"/>
        <source>Information requested</source>
        <translation>Angaben angefordert</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="42"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="43"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="44"/>
        <source>Protection extended</source>
        <translation>Schutz verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="45"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="46"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="47"/>
        <source>Protection expired</source>
        <translation>Schutz abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="48"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>DealDetail</name>
    <message>
        <location filename="../../ui/deals/detail.py" line="82"/>
        <source>Request a protection extension</source>
        <translation>Verlängerung des Schutzes beantragen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="97"/>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="99"/>
        <source>&amp;New end</source>
        <translation>&amp;Neues Ende</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="102"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="147"/>
        <source>No registration selected</source>
        <translation>Keine Registrierung ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="161"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="162"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="164"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="175"/>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="176"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="177"/>
        <source>Request e&amp;xtension…</source>
        <translation>&amp;Verlängerung beantragen…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="179"/>
        <source>&amp;Compare with duplicate</source>
        <translation>Mit Dublette &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="199"/>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="201"/>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="232"/>
        <source>{0} · provisional: not yet confirmed by the server</source>
        <translation>{0} · vorläufig: vom Server noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="234"/>
        <source>{0} · confirmed by the server on {1}</source>
        <translation>{0} · vom Server bestätigt am {1}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="243"/>
        <source>Reason for the rejection: {0}</source>
        <translation>Grund der Ablehnung: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="245"/>
        <source>The channel manager asks: {0}</source>
        <translation>Der Channel-Manager fragt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="246"/>
        <source>(no question given)</source>
        <translation>(keine Frage angegeben)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="251"/>
        <source>Extension to {0} requested, waiting for the channel manager.</source>
        <translation>Verlängerung bis {0} beantragt, wartet auf den Channel-Manager.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="255"/>
        <source>Extension declined: {0}</source>
        <translation>Verlängerung abgelehnt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="262"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="263"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="264"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="265"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="266"/>
        <source>Customer domain</source>
        <translation>Kunden-Domain</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="267"/>
        <source>Customer e-mail</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="268"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="269"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="270"/>
        <source>Received by the server</source>
        <translation>Beim Server eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="271"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="277"/>
        <source>No open registration matches this customer and products.</source>
        <translation>Keine offene Registrierung passt zu diesem Kunden und diesen Produkten.</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../ui/deals/list_view.py" line="58"/>
        <source>(provisional)</source>
        <translation>(vorläufig)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="61"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="62"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="65"/>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="71"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="78"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="133"/>
        <source>E&amp;xport CSV</source>
        <translation>CSV e&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="135"/>
        <source>Deal registrations…</source>
        <translation>Deal-Registrierungen…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="135"/>
        <source>Contacts…</source>
        <translation>Kontakte…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="137"/>
        <source>Partners…</source>
        <translation>Partner…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="208"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="216"/>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="234"/>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="238"/>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="287"/>
        <source>No possible duplicate to compare with.</source>
        <translation>Keine mögliche Dublette zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="81"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="116"/>
        <source>Filter by customer…</source>
        <translation>Nach Kunde filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="119"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="128"/>
        <source>&amp;Register deal…</source>
        <translation>Deal &amp;registrieren…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="131"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="143"/>
        <source>Deal registrations</source>
        <translation>Deal-Registrierungen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="165"/>
        <source>%n deal</source>
        <translation>%n Deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="165"/>
        <source>%n deals</source>
        <translation>%n Deals</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="61"/>
        <source>Approved without a protection period.</source>
        <translation>Genehmigt ohne Schutzfrist.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="66"/>
        <source>Protection expired on {0}.</source>
        <translation>Schutz abgelaufen am {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="68"/>
        <source>Closed; it was protected until {0}.</source>
        <translation>Abgeschlossen; geschützt war er bis {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="70"/>
        <source>Protection ends today ({0}).</source>
        <translation>Der Schutz endet heute ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="72"/>
        <source>Protected for 1 more day (until {0}).</source>
        <translation>Noch 1 Tag geschützt (bis {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="73"/>
        <source>Protected for {0} more days (until {1}).</source>
        <translation>Noch {0} Tage geschützt (bis {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="82"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="84"/>
        <source>ends today</source>
        <translation>endet heute</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="85"/>
        <source>{0} d left</source>
        <translation>noch {0} T.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="227"/>
        <source>Enter confirms, Shift+Enter starts a new line.</source>
        <translation>Eingabetaste bestätigt, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../ui/deals/common.py" line="94"/>
        <location filename="../../ui/deals/common.py" line="133"/>
        <source>the same company name (“{0}” once legal form, case and accents are folded)</source>
        <translation>derselbe Firmenname („{0}“ ohne Rechtsform, Groß-/Kleinschreibung und Akzente)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="99"/>
        <location filename="../../ui/deals/common.py" line="138"/>
        <source>the same domain {0}</source>
        <translation>dieselbe Domain {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="102"/>
        <location filename="../../ui/deals/common.py" line="141"/>
        <source>products in common: {0}</source>
        <translation>gemeinsame Produkte: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="104"/>
        <source>Registration of {0} (“{1}”, {2})</source>
        <translation>Registrierung von {0} („{1}“, {2})</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="110"/>
        <location filename="../../ui/deals/common.py" line="143"/>
        <source>One of your own registrations</source>
        <translation>Eine Ihrer eigenen Registrierungen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="112"/>
        <location filename="../../ui/deals/common.py" line="145"/>
        <source>A registration by another partner</source>
        <translation>Eine Registrierung eines anderen Partners</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="116"/>
        <location filename="../../ui/deals/common.py" line="151"/>
        <source>It was registered first ({0}, confirmed by the server).</source>
        <translation>Sie wurde zuerst registriert ({0}, vom Server bestätigt).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="118"/>
        <source>It was registered first ({0}, not yet confirmed by the server).</source>
        <translation>Sie wurde zuerst registriert ({0}, vom Server noch nicht bestätigt).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="121"/>
        <source>This registration came first.</source>
        <translation>Diese Registrierung war zuerst da.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="122"/>
        <location filename="../../ui/deals/common.py" line="153"/>
        <source>Status: {0}.</source>
        <translation>Status: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="124"/>
        <source>Protected until {0}.</source>
        <translation>Geschützt bis {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="125"/>
        <location filename="../../ui/deals/common.py" line="149"/>
        <source>{0} matches: {1}.</source>
        <translation>{0} passt: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="162"/>
        <source>Server check: no earlier registration of this customer with these products.</source>
        <translation>Prüfung des Servers: keine frühere Registrierung dieses Kunden mit diesen Produkten.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="163"/>
        <source>Server check: possible duplicate — an earlier registration has priority.</source>
        <translation>Prüfung des Servers: mögliche Dublette — eine frühere Registrierung hat Vorrang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Partner Workbench</source>
        <translation>Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Partner Workbench — {0}</source>
        <translation>Partner Workbench — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;Edit partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Find partner</source>
        <translation>Partner &amp;finden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Back to the partner list</source>
        <translation>&amp;Zurück zur Partnerliste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>C&amp;ancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>Dieser Arbeitsbereich ist bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;Conflicts inbox</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;About Partner Workbench</source>
        <translation>&amp;Über Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>About Partner Workbench</source>
        <translation>Über Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Offline-first partner relationship management: partners, deal registration, training and market development funds, synced with the central server.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;br&gt;Signed in as: {2} ({3})&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Partnermanagement, das auch offline funktioniert: Partner, Deal-Registrierung, Training und Marketingmittel, abgeglichen mit dem zentralen Server.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: {1}&lt;br&gt;Angemeldet als: {2} ({3})&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
</context>
<context>
    <name>Mdf</name>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="47"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="49"/>
        <location filename="../../ui/mdf/budgets.py" line="64"/>
        <location filename="../../ui/mdf/budgets.py" line="85"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="53"/>
        <location filename="../../ui/mdf/budgets.py" line="74"/>
        <location filename="../../ui/mdf/budgets.py" line="86"/>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="54"/>
        <location filename="../../ui/mdf/budgets.py" line="87"/>
        <location filename="../../ui/mdf/view.py" line="52"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="55"/>
        <location filename="../../ui/mdf/budgets.py" line="75"/>
        <location filename="../../ui/mdf/budgets.py" line="88"/>
        <location filename="../../ui/mdf/view.py" line="58"/>
        <location filename="../../ui/mdf/view.py" line="83"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="56"/>
        <location filename="../../ui/mdf/budgets.py" line="76"/>
        <location filename="../../ui/mdf/budgets.py" line="89"/>
        <location filename="../../ui/mdf/view.py" line="79"/>
        <source>Claimed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="57"/>
        <location filename="../../ui/mdf/budgets.py" line="77"/>
        <location filename="../../ui/mdf/budgets.py" line="90"/>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="58"/>
        <location filename="../../ui/mdf/budgets.py" line="92"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="66"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="67"/>
        <location filename="../../ui/mdf/view.py" line="46"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="72"/>
        <location filename="../../ui/mdf/payments.py" line="25"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="78"/>
        <source>Unallocated</source>
        <translation>Nicht zugeteilt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="84"/>
        <location filename="../../ui/mdf/payments.py" line="31"/>
        <location filename="../../ui/mdf/view.py" line="41"/>
        <location filename="../../ui/mdf/view.py" line="77"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="95"/>
        <source>Allocated minus approved requests</source>
        <translation>Zugeteilt abzüglich genehmigter Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="116"/>
        <source>Totals per currency</source>
        <translation>Summen je Währung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="122"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="127"/>
        <source>Allocations (live balances)</source>
        <translation>Zuteilungen (aktuelle Salden)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="136"/>
        <source>Requested: submitted requests awaiting a decision. Claimed: submitted and later claims. Available: allocated minus approved requests.</source>
        <translation>Beantragt: eingereichte Anträge, über die noch nicht entschieden ist. Abgerechnet: eingereichte und spätere Abrechnungen. Verfügbar: zugeteilt abzüglich genehmigter Anträge.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="90"/>
        <source>Photos of the booth or event</source>
        <translation>Fotos vom Stand oder der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="91"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="92"/>
        <source>Attendee or lead list</source>
        <translation>Teilnehmer- oder Lead-Liste</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="93"/>
        <source>Short summary</source>
        <translation>Kurze Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="94"/>
        <source>Screenshots of the ads</source>
        <translation>Screenshots der Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="95"/>
        <source>Campaign report (reach, clicks)</source>
        <translation>Kampagnenbericht (Reichweite, Klicks)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="96"/>
        <source>Copy of the mailing</source>
        <translation>Exemplar des Mailings</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="97"/>
        <source>Send report (recipients, opens, clicks)</source>
        <translation>Versandbericht (Empfänger, Öffnungen, Klicks)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="98"/>
        <source>Sample of the printed piece</source>
        <translation>Belegexemplar des Drucks</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="99"/>
        <source>Distribution proof</source>
        <translation>Verteilnachweis</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="100"/>
        <source>Recording or agenda</source>
        <translation>Aufzeichnung oder Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="101"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="102"/>
        <source>Signed proof of execution</source>
        <translation>Signierter Durchführungsnachweis</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="106"/>
        <source>Event / trade show</source>
        <translation>Veranstaltung / Messe</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="107"/>
        <source>Digital campaign / ads</source>
        <translation>Digitale Kampagne / Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="108"/>
        <source>E-mail / newsletter</source>
        <translation>E-Mail / Newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="109"/>
        <source>Print / direct mail</source>
        <translation>Print / Direktmailing</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="110"/>
        <source>Webinar / seminar</source>
        <translation>Webinar / Seminar</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="111"/>
        <source>Training / enablement</source>
        <translation>Schulung / Enablement</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="172"/>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="63"/>
        <source>{0} bytes</source>
        <translation>{0} Byte</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="65"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="66"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="80"/>
        <source>Drop evidence files here</source>
        <translation>Nachweisdateien hier ablegen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="134"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="138"/>
        <source>Attach as:</source>
        <translation>Anhängen als:</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="148"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="149"/>
        <source>Proves</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="150"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="151"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="152"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="183"/>
        <source>Required proof</source>
        <translation>Erforderliche Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="224"/>
        <source>Evidence needs a workspace folder on this computer.</source>
        <translation>Nachweise brauchen einen Arbeitsbereich-Ordner auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="226"/>
        <source>Save the claim as a draft, then drop evidence files here.</source>
        <translation>Speichern Sie die Abrechnung als Entwurf und legen Sie dann die Nachweise hier ab.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="228"/>
        <source>This claim can no longer be changed.</source>
        <translation>Diese Abrechnung kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="230"/>
        <source>Drop evidence files here, or use “Add files…”.</source>
        <translation>Nachweisdateien hier ablegen oder „Dateien hinzufügen…“ verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="263"/>
        <source>Cannot submit yet. Missing: {0}.</source>
        <translation>Noch nicht einreichbar. Es fehlt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="284"/>
        <source>Add evidence files</source>
        <translation>Nachweisdateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="23"/>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="27"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="32"/>
        <location filename="../../ui/mdf/view.py" line="42"/>
        <location filename="../../ui/mdf/view.py" line="78"/>
        <source>Activity</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="36"/>
        <source>Claim approved</source>
        <translation>Genehmigte Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="43"/>
        <source>Claim status</source>
        <translation>Status der Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="66"/>
        <source>Filter by partner, activity or reference…</source>
        <translation>Nach Partner, Maßnahme oder Referenz filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="79"/>
        <source>Payments of approved claims, newest first. A claim is paid once its payments reach the approved amount.</source>
        <translation>Zahlungen genehmigter Abrechnungen, neueste zuerst. Eine Abrechnung ist bezahlt, sobald ihre Zahlungen den genehmigten Betrag erreichen.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="113"/>
        <source>Total: {0}</source>
        <translation>Summe: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="43"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="45"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="67"/>
        <location filename="../../ui/mdf/view.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="68"/>
        <location filename="../../ui/mdf/view.py" line="85"/>
        <source>Claim deadline</source>
        <translation>Abrechnungsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="81"/>
        <source>Actual cost</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="133"/>
        <source>&amp;New request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="135"/>
        <source>&amp;Edit request…</source>
        <translation>Antrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="136"/>
        <source>&amp;File a claim…</source>
        <translation>&amp;Abrechnung erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="157"/>
        <source>&amp;Open claim…</source>
        <translation>Abrechnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="169"/>
        <source>&amp;Budgets and allocations</source>
        <translation>&amp;Budgets und Zuteilungen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="170"/>
        <source>Fund &amp;requests</source>
        <translation>Mittel&amp;anträge</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="171"/>
        <source>&amp;Claims</source>
        <translation>A&amp;brechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="173"/>
        <source>Re&amp;view queue</source>
        <translation>&amp;Prüfliste</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="174"/>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="177"/>
        <source>Market development funds</source>
        <translation>Marketingmittel (MDF)</translation>
    </message>
</context>
<context>
    <name>MdfReview</name>
    <message>
        <location filename="../../ui/mdf/review.py" line="47"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="48"/>
        <source>Claim</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="51"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="52"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="53"/>
        <source>Request information</source>
        <translation>Informationen anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="115"/>
        <source>Complete, signed proof</source>
        <translation>Vollständig, signierter Nachweis</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="116"/>
        <source>Complete, no signed proof</source>
        <translation>Vollständig, kein signierter Nachweis</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="117"/>
        <source>Missing: {0}</source>
        <translation>Es fehlt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="120"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="121"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="122"/>
        <source>Activity</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="123"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="124"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="125"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="127"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="129"/>
        <source>Claims: claim deadline. Requests: activity start.</source>
        <translation>Abrechnungen: Abrechnungsfrist. Anträge: Beginn der Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="131"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="159"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="250"/>
        <source>Keys: A approve · R reject with a reason · I request information · J/K or arrows move · Shift/Ctrl+click or Shift+J/K select several · Enter opens. Approving a claim countersigns its proof with your certificate.</source>
        <translation>Tasten: A genehmigen · R mit Begründung ablehnen · I Informationen anfordern · J/K oder Pfeiltasten bewegen · Umschalt/Strg+Klick oder Umschalt+J/K wählen mehrere · Eingabe öffnet. Beim Genehmigen einer Abrechnung wird ihr Nachweis mit Ihrem Zertifikat gegengezeichnet.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="275"/>
        <source>%n item awaits review</source>
        <translation>%n Eintrag wartet auf Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="276"/>
        <source>%n items await review</source>
        <translation>%n Einträge warten auf Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="328"/>
        <source>Why are these items rejected? The partner sees this reason.</source>
        <translation>Warum werden diese Einträge abgelehnt? Der Partner sieht diese Begründung.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="330"/>
        <source>What information is needed? The partner sees this text.</source>
        <translation>Welche Informationen werden benötigt? Der Partner sieht diesen Text.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="349"/>
        <source>{0}: {1} items. This cannot be undone.</source>
        <translation>{0}: {1} Einträge. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="402"/>
        <source>%n item approved.</source>
        <translation>%n Eintrag genehmigt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="402"/>
        <source>%n items approved.</source>
        <translation>%n Einträge genehmigt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="403"/>
        <source>%n item rejected.</source>
        <translation>%n Eintrag abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="403"/>
        <source>%n items rejected.</source>
        <translation>%n Einträge abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="405"/>
        <source>Information requested for %n item.</source>
        <translation>Informationen für %n Eintrag angefordert.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="406"/>
        <source>Information requested for %n items.</source>
        <translation>Informationen für %n Einträge angefordert.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="413"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0} – {1}: {2}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notifications.py" line="47"/>
        <source>Deal protection ends</source>
        <translation>Deal-Schutz endet</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="48"/>
        <source>MDF claim deadline</source>
        <translation>MDF-Abrechnungsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="49"/>
        <source>MDF funds lapse</source>
        <translation>MDF-Mittel verfallen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="50"/>
        <source>Certification expires</source>
        <translation>Zertifizierung läuft ab</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="51"/>
        <source>Deal review overdue</source>
        <translation>Deal-Prüfung überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="62"/>
        <source>due %n day ago</source>
        <translation>seit %n Tag fällig</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="62"/>
        <source>due %n days ago</source>
        <translation>seit %n Tagen fällig</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="64"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="65"/>
        <source>in %n day</source>
        <translation>in %n Tag</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="65"/>
        <source>in %n days</source>
        <translation>in %n Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="69"/>
        <source>{0}: {1} ({2}, {3})</source>
        <translation>{0}: {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="98"/>
        <source>Partner Workbench reminders</source>
        <translation>Erinnerungen der Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="164"/>
        <source>%n new reminder</source>
        <translation>%n neue Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="165"/>
        <source>%n new reminders</source>
        <translation>%n neue Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="169"/>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>Open review &amp;queue</source>
        <translation>&amp;Prüfliste öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>%n deal review overdue.</source>
        <translation>%n Deal-Prüfung überfällig.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>%n deal reviews overdue.</source>
        <translation>%n Deal-Prüfungen überfällig.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>The most overdue one is listed; all are in the review queue.</source>
        <translation>Die am längsten überfällige ist aufgeführt; alle stehen in der Prüfliste.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>The %n most overdue are listed; all are in the review queue.</source>
        <translation>Die %n am längsten überfälligen sind aufgeführt; alle stehen in der Prüfliste.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="207"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="208"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="209"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="210"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="223"/>
        <source>Desktop notifications appear in the system tray while the workbench runs.</source>
        <translation>Desktop-Benachrichtigungen erscheinen im Infobereich, solange die Workbench läuft.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="225"/>
        <source>This desktop has no system tray, so reminders are not shown as desktop notifications; they are listed here.</source>
        <translation>Dieser Desktop hat keinen Infobereich; Erinnerungen erscheinen daher nicht als Desktop-Benachrichtigung, sondern nur hier.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="232"/>
        <source>&amp;Snooze 1 day</source>
        <translation>1 Tag &amp;zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="233"/>
        <source>Snooze 1 &amp;week</source>
        <translation>1 &amp;Woche zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="234"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="240"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="250"/>
        <source>S snooze for a day · W snooze for a week · D or Delete dismiss</source>
        <translation>S einen Tag zurückstellen · W eine Woche zurückstellen · D oder Entf verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="267"/>
        <source>%n reminder</source>
        <translation>%n Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="267"/>
        <source>%n reminders</source>
        <translation>%n Erinnerungen</translation>
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
        <location filename="../../ui/partners/list_view.py" line="204"/>
        <source>%n partner</source>
        <translation>%n Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="204"/>
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
    <name>ProofPanel</name>
    <message>
        <location filename="../../ui/mdf/proof.py" line="116"/>
        <source>Nothing changed after this signature.</source>
        <translation>Nach dieser Signatur wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="117"/>
        <source>Only timestamps were added after this signature.</source>
        <translation>Nach dieser Signatur wurden nur Zeitstempel hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="118"/>
        <source>Only signature fields were filled in after this signature (allowed).</source>
        <translation>Nach dieser Signatur wurden nur Signaturfelder ausgefüllt (zulässig).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="121"/>
        <source>Comments were added after this signature.</source>
        <translation>Nach dieser Signatur wurden Kommentare hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="122"/>
        <source>The content was changed after this signature (not allowed).</source>
        <translation>Der Inhalt wurde nach dieser Signatur geändert (nicht zulässig).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="125"/>
        <source>the signed bytes were changed</source>
        <translation>die signierten Daten wurden verändert</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="126"/>
        <source>the signature value is wrong</source>
        <translation>der Signaturwert ist falsch</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="127"/>
        <source>the certificate is not from a trusted authority</source>
        <translation>das Zertifikat stammt nicht von einer vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="128"/>
        <source>the file was changed in a way that is not allowed</source>
        <translation>die Datei wurde unzulässig verändert</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="129"/>
        <source>changes break the certification</source>
        <translation>Änderungen verletzen die Zertifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="130"/>
        <source>the signature does not cover the whole file</source>
        <translation>die Signatur deckt nicht die ganze Datei ab</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="131"/>
        <source>the timestamp is invalid</source>
        <translation>der Zeitstempel ist ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="132"/>
        <source>the certificate was revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="133"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="137"/>
        <source>the file has no signature</source>
        <translation>die Datei hat keine Signatur</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="138"/>
        <source>the file is not a readable PDF</source>
        <translation>die Datei ist kein lesbares PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="139"/>
        <source>the file is not a PDF</source>
        <translation>die Datei ist kein PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="140"/>
        <source>the file is certified more than once</source>
        <translation>die Datei ist mehrfach zertifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="141"/>
        <source>the certification is not the first signature</source>
        <translation>die Zertifizierung ist nicht die erste Signatur</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="153"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="155"/>
        <source>Invalid: {0}</source>
        <translation>Ungültig: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="161"/>
        <source>{0} (timestamp authority)</source>
        <translation>{0} (Zeitstempeldienst)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="162"/>
        <source>{0} (signer&apos;s clock)</source>
        <translation>{0} (Uhr des Unterzeichners)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="175"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="176"/>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="177"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="178"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="179"/>
        <source>Changes after it</source>
        <translation>Änderungen danach</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="198"/>
        <source>Sign and &amp;attach proof</source>
        <translation>Nachweis signieren und &amp;anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="201"/>
        <source>Renders the proof of execution with the evidence embedded and signs it with your certificate.</source>
        <translation>Erstellt den Durchführungsnachweis mit eingebetteten Nachweisen und signiert ihn mit Ihrem Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="206"/>
        <source>Verify attached proof</source>
        <translation>Angehängten Nachweis prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="208"/>
        <source>Save proof &amp;as…</source>
        <translation>Nachweis speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="210"/>
        <source>&amp;Verify a PDF file…</source>
        <translation>PDF-Datei &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="252"/>
        <source>No signed proof is attached to this claim yet.</source>
        <translation>An diese Abrechnung ist noch kein signierter Nachweis angehängt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="272"/>
        <source>Rendering and signing…</source>
        <translation>Wird erstellt und signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="344"/>
        <location filename="../../ui/mdf/proof.py" line="381"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="357"/>
        <source>Save the signed proof</source>
        <translation>Signierten Nachweis speichern</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="368"/>
        <source>Saved a copy as {0}.</source>
        <translation>Kopie gespeichert als {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="376"/>
        <source>Verify a proof PDF</source>
        <translation>Nachweis-PDF prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="391"/>
        <source>{0}: every signature is valid and nothing was changed that is not allowed.</source>
        <translation>{0}: Alle Signaturen sind gültig, und es wurde nichts Unzulässiges geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="393"/>
        <source>{0}: REFUSED — the file is not a valid signed proof.</source>
        <translation>{0}: ABGELEHNT – die Datei ist kein gültiger signierter Nachweis.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="395"/>
        <source>Problems: {1}.</source>
        <translation>Probleme: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="216"/>
        <source>Signing &amp;key…</source>
        <translation>&amp;Schlüssel…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="218"/>
        <source>Enrol a signing key with the server or import one.</source>
        <translation>Einen Signaturschlüssel beim Server registrieren oder einen importieren.</translation>
    </message>
</context>
<context>
    <name>RegisterDeal</name>
    <message>
        <location filename="../../ui/deals/register.py" line="82"/>
        <source>Register a deal</source>
        <translation>Deal registrieren</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="91"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="96"/>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="101"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="107"/>
        <source>Customer &amp;web domain</source>
        <translation>&amp;Web-Domain des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="112"/>
        <source>Customer &amp;e-mail</source>
        <translation>&amp;E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="116"/>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="117"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="122"/>
        <source>Deal &amp;title</source>
        <translation>Deal-&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="127"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="133"/>
        <source>E&amp;xpected close</source>
        <translation>Erwarteter Ab&amp;schluss</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="141"/>
        <source>P&amp;roducts</source>
        <translation>P&amp;rodukte</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="153"/>
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="177"/>
        <source>The check runs on this laptop&apos;s copy of the data. The registration stays provisional until the server confirms it; the server decides who registered first by the time it receives it.</source>
        <translation>Die Prüfung läuft auf der Datenkopie dieses Laptops. Die Registrierung bleibt vorläufig, bis der Server sie bestätigt; wer zuerst registriert hat, entscheidet der Server nach der Eingangszeit.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="188"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="190"/>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="280"/>
        <location filename="../../ui/deals/register.py" line="368"/>
        <source>Choose at least one product.</source>
        <translation>Wählen Sie mindestens ein Produkt.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="336"/>
        <source>Possible duplicate: %n open registration matches</source>
        <translation>Mögliche Dublette: %n offene Registrierung passt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="337"/>
        <source>Possible duplicates: %n open registrations match</source>
        <translation>Mögliche Dubletten: %n offene Registrierungen passen</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="84"/>
        <source>New fund request</source>
        <translation>Neuer Mittelantrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="86"/>
        <source>Edit fund request “{0}”</source>
        <translation>Mittelantrag „{0}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="96"/>
        <source>{0} — {1} ({2} available)</source>
        <translation>{0} – {1} ({2} verfügbar)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="110"/>
        <source>A&amp;llocation</source>
        <translation>&amp;Zuteilung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="124"/>
        <source>&amp;Activity</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="132"/>
        <source>e.g. Booth at the regional IT fair</source>
        <translation>z. B. Stand auf der regionalen IT-Messe</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="135"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="161"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="164"/>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="178"/>
        <source>amount, e.g. 2,500.00</source>
        <translation>Betrag, z. B. 2.500,00</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="181"/>
        <source>&amp;Requested</source>
        <translation>&amp;Beantragt</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="195"/>
        <source>Claim deadline</source>
        <translation>Abrechnungsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="200"/>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="201"/>
        <source>Save and &amp;submit</source>
        <translation>Speichern und &amp;einreichen</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="245"/>
        <source>Available in this allocation: {0}.</source>
        <translation>In dieser Zuteilung verfügbar: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="251"/>
        <source>This is more than is available: it cannot be approved in full.</source>
        <translation>Das ist mehr als verfügbar: Der Antrag kann nicht vollständig genehmigt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="257"/>
        <source>Set when approved: claims are due within the program&apos;s claim period after {0}.</source>
        <translation>Wird bei der Genehmigung festgelegt: Abrechnungen sind innerhalb der Abrechnungsfrist des Programms nach dem {0} fällig.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/deals/review.py" line="132"/>
        <source>protected until {0}</source>
        <translation>geschützt bis {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="136"/>
        <source>OVERDUE by %n working day</source>
        <translation>ÜBERFÄLLIG seit %n Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="137"/>
        <source>OVERDUE by %n working days</source>
        <translation>ÜBERFÄLLIG seit %n Arbeitstagen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="140"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="141"/>
        <source>due {0}</source>
        <translation>fällig am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="145"/>
        <source>Extension to {0}</source>
        <translation>Verlängerung bis {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="146"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="149"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="150"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="151"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="152"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="153"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="154"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="212"/>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="218"/>
        <source>A approve · R reject with reason · I request information · E grant extension · J/K move · Shift+J/K select more · Ctrl+A all · C compare with duplicate · Enter open</source>
        <translation>A genehmigen · R mit Begründung ablehnen · I Angaben anfordern · E Verlängerung gewähren · J/K bewegen · Umschalt+J/K mehr auswählen · Strg+A alle · C mit Dublette vergleichen · Eingabe öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="244"/>
        <source>%n waiting</source>
        <translation>%n wartend</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="248"/>
        <source>%n overdue</source>
        <translation>%n überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="252"/>
        <source>the oldest {0} shown</source>
        <translation>die ältesten {0} angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="293"/>
        <source>E grants extension requests; none is selected.</source>
        <translation>E gewährt Verlängerungsanträge; keiner ist ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="307"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="310"/>
        <source>Why is this request refused? The partner sees the reason.</source>
        <translation>Warum wird diese Anfrage abgelehnt? Der Partner sieht die Begründung.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="311"/>
        <source>Why are these %n requests refused? Each partner sees the reason.</source>
        <translation>Warum werden diese %n Anfragen abgelehnt? Jeder Partner sieht die Begründung.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="314"/>
        <source>Request information</source>
        <translation>Angaben anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="317"/>
        <source>What does the partner need to add?</source>
        <translation>Was soll der Partner ergänzen?</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="318"/>
        <source>What do the partners of these %n registrations need to add?</source>
        <translation>Was sollen die Partner dieser %n Registrierungen ergänzen?</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="334"/>
        <source>Approved or granted: {0}.</source>
        <translation>Genehmigt oder gewährt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="335"/>
        <source>Rejected or declined: {0}.</source>
        <translation>Abgelehnt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="336"/>
        <source>Information requested: {0}.</source>
        <translation>Angaben angefordert: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="337"/>
        <source>Extensions granted: {0}.</source>
        <translation>Verlängerungen gewährt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="342"/>
        <source>Refused: {0} ({1})</source>
        <translation>Nicht möglich: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../ui/search.py" line="30"/>
        <location filename="../../ui/search.py" line="36"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="34"/>
        <source>Search partners, contacts, deals and claims…</source>
        <translation>Partner, Kontakte, Deals und Abrechnungen suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="141"/>
        <source>%n result</source>
        <translation>%n Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="141"/>
        <source>%n results</source>
        <translation>%n Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="143"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="114"/>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
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
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="177"/>
        <source>Sign in to the sync server</source>
        <translation>Beim Synchronisationsserver anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="189"/>
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
        <location filename="../../ui/signin.py" line="133"/>
        <source>An administrator revoked this device. Ask them to allow it again, or sign in on another device.</source>
        <translation>Ein Administrator hat dieses Gerät gesperrt. Bitten Sie ihn, es wieder zuzulassen, oder melden Sie sich auf einem anderen Gerät an.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="137"/>
        <source>No sync server answers at this address. Check the URL (and its port).</source>
        <translation>Unter dieser Adresse antwortet kein Synchronisationsserver. Prüfen Sie die URL (und den Port).</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="139"/>
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
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../../ui/signing_key.py" line="73"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="74"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="75"/>
        <source>digital signature not allowed</source>
        <translation>digitale Signatur nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="76"/>
        <source>non-repudiation not allowed</source>
        <translation>Nichtabstreitbarkeit nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="77"/>
        <source>no key usage</source>
        <translation>keine Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="156"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="160"/>
        <source>Proofs of execution are signed with your personal certificate. Its key is kept encrypted in this workspace; only the key&apos;s passphrase is stored in the system keyring.</source>
        <translation>Durchführungsnachweise werden mit Ihrem persönlichen Zertifikat signiert. Der Schlüssel liegt verschlüsselt in diesem Arbeitsbereich; nur seine Passphrase wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="169"/>
        <source>Current certificate</source>
        <translation>Aktuelles Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="172"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="178"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="179"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="180"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="181"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="182"/>
        <source>Key usages</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="192"/>
        <source>Enrol with the server</source>
        <translation>Beim Server registrieren</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="195"/>
        <source>Creates a new key on this computer and has the server&apos;s certificate authority certify it for your account. Only the certificate request is sent; the key never leaves this computer.</source>
        <translation>Erzeugt einen neuen Schlüssel auf diesem Computer und lässt ihn von der Zertifizierungsstelle des Servers für Ihr Konto zertifizieren. Gesendet wird nur die Zertifikatsanforderung; der Schlüssel verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="202"/>
        <source>&amp;Enrol with server</source>
        <translation>Beim Server &amp;registrieren</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="213"/>
        <source>This workspace is not connected to a server.</source>
        <translation>Dieser Arbeitsbereich ist mit keinem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="217"/>
        <location filename="../../ui/signing_key.py" line="353"/>
        <source>Import a PKCS#12 file</source>
        <translation>PKCS#12-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="222"/>
        <source>certificate.p12</source>
        <translation>zertifikat.p12</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="223"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="232"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="238"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="273"/>
        <source>There is no signing key on this computer yet.</source>
        <translation>Auf diesem Computer gibt es noch keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="287"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="293"/>
        <source>Ready for signing proofs.</source>
        <translation>Bereit zum Signieren von Nachweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="295"/>
        <source>Cannot sign proofs: {0}.</source>
        <translation>Kann keine Nachweise signieren: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="334"/>
        <source>Creating a key and asking the server to certify it…</source>
        <translation>Schlüssel wird erzeugt und vom Server zertifiziert…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="346"/>
        <source>The new key is certified and stored.</source>
        <translation>Der neue Schlüssel ist zertifiziert und gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="353"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="361"/>
        <source>Choose a PKCS#12 file first.</source>
        <translation>Wählen Sie zuerst eine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="364"/>
        <source>Enter the file&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Datei ein.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="366"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="377"/>
        <source>The certificate is imported.</source>
        <translation>Das Zertifikat ist importiert.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:</source>
        <translation>Kein Systemschlüsselbund verfügbar. Wählen Sie eine Passphrase (mindestens {0} Zeichen), um diesen Arbeitsbereich zu verschlüsseln:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Passphrase for this workspace:</source>
        <translation>Passphrase für diesen Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="63"/>
        <location filename="../../ui/app.py" line="78"/>
        <source>Partner Workbench</source>
        <translation>Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <location filename="../../ui/app.py" line="84"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Die Passphrase braucht mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>Repeat the passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="196"/>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="248"/>
        <source>Preparing the offline demo data…</source>
        <translation>Offline-Demodaten werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="272"/>
        <source>Signing in to the demo server and fetching the demo data…</source>
        <translation>Anmeldung am Demo-Server und Abruf der Demodaten…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>Fetching the demo data: {0} records…</source>
        <translation>Demodaten werden abgerufen: {0} Datensätze…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="325"/>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="341"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/statusbar.py" line="69"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="71"/>
        <source>Stop the sync under way (what was sent stays sent)</source>
        <translation>Laufende Synchronisierung anhalten (bereits Gesendetes bleibt gesendet)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="73"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="85"/>
        <location filename="../../ui/statusbar.py" line="130"/>
        <source>Send your changes and fetch the latest (Ctrl+Shift+S)</source>
        <translation>Eigene Änderungen senden und den neuesten Stand holen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="88"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>Dieser Arbeitsbereich ist bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="174"/>
        <location filename="../../ui/statusbar.py" line="193"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="182"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="183"/>
        <source>Sending %v of %m…</source>
        <translation>Sende %v von %m…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="184"/>
        <source>Fetching: %v changes…</source>
        <translation>Abruf: %v Änderungen…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="185"/>
        <source>Fetching: %v records…</source>
        <translation>Abruf: %v Datensätze…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="199"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="199"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="202"/>
        <source>Connected to the server.</source>
        <translation>Mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="204"/>
        <source>Working offline: changes are kept locally and sent when the server is reachable.</source>
        <translation>Offline: Änderungen werden lokal gespeichert und gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="209"/>
        <source>Last attempt: {0}</source>
        <translation>Letzter Versuch: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="215"/>
        <source>%n pending change</source>
        <translation>%n ausstehende Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="215"/>
        <source>%n pending changes</source>
        <translation>%n ausstehende Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="219"/>
        <source>%n conflict</source>
        <translation>%n Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="219"/>
        <source>%n conflicts</source>
        <translation>%n Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="221"/>
        <source>%n rejected</source>
        <translation>%n abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="223"/>
        <source>Open the conflicts inbox</source>
        <translation>Konflikte öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="226"/>
        <source>Last sync: {0}</source>
        <translation>Letzte Synchronisation: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="228"/>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../ui/training/view.py" line="61"/>
        <source>not certified</source>
        <translation>nicht zertifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="63"/>
        <source>{0}, never expires</source>
        <translation>{0}, läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="65"/>
        <source>expired on {0}</source>
        <translation>abgelaufen am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="66"/>
        <source>{0}, expires {1}</source>
        <translation>{0}, läuft ab am {1}</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="98"/>
        <source>Record an exam — {0}</source>
        <translation>Prüfung erfassen — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="111"/>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="112"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="113"/>
        <source>&amp;Score</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="142"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="147"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="148"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="149"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="150"/>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="151"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="152"/>
        <source>Next expiry</source>
        <translation>Nächster Ablauf</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="164"/>
        <source>Learning path</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="165"/>
        <source>Track</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="167"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="168"/>
        <source>{0} of {1} required courses ({2} %)</source>
        <translation>{0} von {1} Pflichtkursen ({2} %)</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="172"/>
        <location filename="../../ui/training/view.py" line="200"/>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="174"/>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="176"/>
        <source>{0} months</source>
        <translation>{0} Monate</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="178"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="188"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="189"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="190"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="192"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="201"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="202"/>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="204"/>
        <source>Expires</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="205"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="216"/>
        <source>Record exam / &amp;renew…</source>
        <translation>Prüfung erfassen / &amp;erneuern…</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="226"/>
        <source>Training and certification</source>
        <translation>Schulung und Zertifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="227"/>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="232"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="238"/>
        <source>Choose a person</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="246"/>
        <source>Certifications, renewed ones included</source>
        <translation>Zertifizierungen, erneuerte eingeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="248"/>
        <source>Training history</source>
        <translation>Schulungsverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="259"/>
        <source>A certification is expiring 90 days before it expires; reminders go out 90 and 30 days ahead. Passing every required course of a path again renews its certification.</source>
        <translation>Eine Zertifizierung gilt 90 Tage vor dem Ablauf als „läuft ab“; Erinnerungen gehen 90 und 30 Tage vorher hinaus. Wer alle Pflichtkurse eines Lernpfads erneut besteht, erneuert die Zertifizierung.</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="304"/>
        <source>{0} of {1} people hold a current certification; {2} expiring, {3} expired.</source>
        <translation>{0} von {1} Personen haben eine gültige Zertifizierung; {2} laufen ab, {3} abgelaufen.</translation>
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
    <message>
        <location filename="../../ui/mdf/common.py" line="30"/>
        <source>The currency must be {expected}, not {actual}.</source>
        <translation>Die Währung muss {expected} sein, nicht {actual}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="31"/>
        <source>This would leave a negative fund balance ({balance}).</source>
        <translation>Das ergäbe einen negativen Mittelsaldo ({balance}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="32"/>
        <source>Only {available} of the budget is still unallocated; {requested} is too much.</source>
        <translation>Vom Budget sind nur noch {available} nicht zugeteilt; {requested} ist zu viel.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="35"/>
        <source>The allocation has {balance} left; {requested} cannot be approved.</source>
        <translation>Die Zuteilung hat noch {balance}; {requested} kann nicht genehmigt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="38"/>
        <source>Only {remaining} of the approved {approved} can still be claimed ({claimed} already claimed).</source>
        <translation>Von den genehmigten {approved} können nur noch {remaining} abgerechnet werden ({claimed} bereits abgerechnet).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="41"/>
        <source>At the participation rate of {rate} at most {cap} of the actual cost {actual_cost} can be claimed.</source>
        <translation>Beim Beteiligungssatz von {rate} können von den tatsächlichen Kosten {actual_cost} höchstens {cap} abgerechnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="45"/>
        <source>The approved amount {approved} is more than the {requested} asked for.</source>
        <translation>Der genehmigte Betrag {approved} ist höher als die beantragten {requested}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="48"/>
        <source>Only {outstanding} of this claim is still unpaid.</source>
        <translation>Von dieser Abrechnung sind nur noch {outstanding} offen.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="49"/>
        <source>{amount} is above your approval limit of {limit}; someone with a higher limit has to decide.</source>
        <translation>{amount} liegt über Ihrer Genehmigungsgrenze von {limit}; jemand mit einer höheren Grenze muss entscheiden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="52"/>
        <source>This record can no longer be edited (status: {status}).</source>
        <translation>Dieser Datensatz kann nicht mehr bearbeitet werden (Status: {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="53"/>
        <source>Claims can only be filed against an approved request.</source>
        <translation>Abrechnungen sind nur zu genehmigten Anträgen möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="54"/>
        <source>The claim deadline {claim_due} has passed.</source>
        <translation>Die Abrechnungsfrist {claim_due} ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="55"/>
        <source>The claim deadline {claim_due} has not passed yet.</source>
        <translation>Die Abrechnungsfrist {claim_due} ist noch nicht abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="56"/>
        <source>The request already has claims.</source>
        <translation>Zu dem Antrag gibt es bereits Abrechnungen.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="57"/>
        <source>Only an approved claim can be paid.</source>
        <translation>Nur eine genehmigte Abrechnung kann ausgezahlt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="58"/>
        <source>Proof is missing: {missing}.</source>
        <translation>Es fehlen Nachweise: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="59"/>
        <source>Evidence can only be attached to a claim.</source>
        <translation>Nachweise können nur an eine Abrechnung angehängt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="60"/>
        <source>The evidence file {file_name} is not on this computer yet. Sync, then try again.</source>
        <translation>Die Nachweisdatei {file_name} ist noch nicht auf diesem Computer. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="63"/>
        <source>The file {path} was not found.</source>
        <translation>Die Datei {path} wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="64"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="65"/>
        <source>The file is too large ({size} bytes, at most {limit}).</source>
        <translation>Die Datei ist zu groß ({size} Byte, höchstens {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="66"/>
        <source>The file name is not allowed.</source>
        <translation>Der Dateiname ist nicht zulässig.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="67"/>
        <source>No signing certificate is set up on this computer. Use “Signing key…” on the proof panel to enrol with the server or import a PKCS#12 file.</source>
        <translation>Auf diesem Computer ist kein Signaturzertifikat eingerichtet. Registrieren Sie über „Schlüssel…“ im Nachweisbereich einen Schlüssel beim Server oder importieren Sie eine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="72"/>
        <source>The file is not a readable PDF.</source>
        <translation>Die Datei ist kein lesbares PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="73"/>
        <source>No signed proof is attached to this claim yet.</source>
        <translation>An diese Abrechnung ist noch kein signierter Nachweis angehängt.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="74"/>
        <source>The signed proof is not on this computer yet. Sync, then try again.</source>
        <translation>Der signierte Nachweis ist noch nicht auf diesem Computer. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="77"/>
        <source>The stored signed proof is damaged (its checksum does not match). Sync a fresh copy.</source>
        <translation>Der gespeicherte signierte Nachweis ist beschädigt (die Prüfsumme stimmt nicht). Synchronisieren Sie eine neue Kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="80"/>
        <source>The signed proof does not pass verification ({problems}); it was not countersigned.</source>
        <translation>Der signierte Nachweis besteht die Prüfung nicht ({problems}); er wurde nicht gegengezeichnet.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="83"/>
        <source>No trusted certificate authority is known on this computer, so signatures cannot be checked.</source>
        <translation>Auf diesem Computer ist keine vertrauenswürdige Zertifizierungsstelle bekannt; Signaturen können nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="53"/>
        <source>The server returned a certificate for another key. Nothing was stored.</source>
        <translation>Der Server hat ein Zertifikat für einen anderen Schlüssel geliefert. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="56"/>
        <source>The server&apos;s certificate is not issued by its certificate authority. Nothing was stored.</source>
        <translation>Das Zertifikat des Servers stammt nicht von seiner Zertifizierungsstelle. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="59"/>
        <source>The issued certificate cannot sign proofs ({problems}). Check this computer&apos;s clock.</source>
        <translation>Das ausgestellte Zertifikat kann keine Nachweise signieren ({problems}). Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="62"/>
        <source>This certificate cannot sign proofs ({problems}). Nothing was imported.</source>
        <translation>Dieses Zertifikat kann keine Nachweise signieren ({problems}). Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="65"/>
        <source>The file cannot be opened: the passphrase is wrong or it is not a PKCS#12 file.</source>
        <translation>Die Datei lässt sich nicht öffnen: Die Passphrase ist falsch oder es ist keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="68"/>
        <source>The file holds no private key with its certificate.</source>
        <translation>Die Datei enthält keinen privaten Schlüssel mit Zertifikat.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Alternative name</source>
        <translation>Alternativer Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Partner type</source>
        <translation>Partnertyp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Web domain</source>
        <translation>Webdomain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Customer domain</source>
        <translation>Domain des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Customer country</source>
        <translation>Land des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Reason for the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Amount won</source>
        <translation>Gewonnener Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Completed on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Activity type</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Approved amount</source>
        <translation>Genehmigter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Claimed amount</source>
        <translation>Abgerechneter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Actual cost</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Target amount</source>
        <translation>Zielbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Invoice reference</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Earned on</source>
        <translation>Erworben am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Requested until</source>
        <translation>Beantragt bis</translation>
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
        <location filename="../../ui/labels.py" line="77"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>module completed</source>
        <translation>Modul abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>exam passed</source>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>exam failed</source>
        <translation>Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>earned</source>
        <translation>erworben</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>not allowed in this state</source>
        <translation>in diesem Status nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>attachments missing on the server</source>
        <translation>Anhänge fehlen auf dem Server</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Change</source>
        <translation>Änderung</translation>
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
    <message>
        <location filename="../../ui/deals/register.py" line="53"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="54"/>
        <source>Customer web domain</source>
        <translation>Web-Domain des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="55"/>
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="56"/>
        <source>Customer country</source>
        <translation>Land des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="57"/>
        <source>Deal title</source>
        <translation>Deal-Titel</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="58"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="59"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="60"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="61"/>
        <location filename="../../ui/mdf/common.py" line="126"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="62"/>
        <source>New protection end</source>
        <translation>Neues Schutzende</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="116"/>
        <source>Allocation</source>
        <translation>Zuteilung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="117"/>
        <source>Activity</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="118"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="119"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="120"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="121"/>
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="122"/>
        <source>Claimed amount</source>
        <translation>Abgerechneter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="123"/>
        <source>Actual cost</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="124"/>
        <source>Approved amount</source>
        <translation>Genehmigter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="125"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="127"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="128"/>
        <source>Claim</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="129"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="130"/>
        <source>Kind of evidence</source>
        <translation>Art des Nachweises</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="131"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="132"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="133"/>
        <source>request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="134"/>
        <source>claim</source>
        <translation>Abrechnung</translation>
    </message>
</context>
</TS>
