<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/views.py" line="36"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="37"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="38"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="39"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="40"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="47"/>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="49"/>
        <source>Every change recorded in the tamper-evident audit log, newest first.</source>
        <translation>Every change recorded in the tamper-evident audit log, newest first.</translation>
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
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="37"/>
        <source>Training event</source>
        <translation>Training event</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="38"/>
        <source>MDF allocation</source>
        <translation>MDF allocation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="39"/>
        <source>MDF activity</source>
        <translation>MDF activity</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="40"/>
        <source>MDF claim</source>
        <translation>MDF claim</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="61"/>
        <source>How this figure is made — {0}</source>
        <translation>How this figure is made — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="72"/>
        <location filename="../../ui/dashboard/view.py" line="182"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="73"/>
        <source>{0} to {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="77"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="79"/>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="84"/>
        <source>Records in the numerator</source>
        <translation>Records in the numerator</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="87"/>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="88"/>
        <source>Records in the denominator</source>
        <translation>Records in the denominator</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="93"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="95"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="99"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="125"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="132"/>
        <source>The first {0} records (more exist).</source>
        <translation>The first {0} records (more exist).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="134"/>
        <source>{0} records.</source>
        <translation>{0} records.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill.py" line="135"/>
        <source>Double-click a record to open its partner.</source>
        <translation>Double-click a record to open its partner.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="12"/>
        <location filename="../../ui/dashboard/view.py" line="357"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="13"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="14"/>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="15"/>
        <source>Average deal size</source>
        <translation>Average deal size</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="16"/>
        <source>Sales cycle</source>
        <translation>Sales cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="17"/>
        <source>Time to first deal</source>
        <translation>Time to first deal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="18"/>
        <source>Certification rate</source>
        <translation>Certification rate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="19"/>
        <source>MDF utilisation</source>
        <translation>MDF utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="20"/>
        <source>MDF ROI</source>
        <translation>MDF ROI</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="21"/>
        <source>Activity index</source>
        <translation>Activity index</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="22"/>
        <source>Activation in 60 days</source>
        <translation>Activation in 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="23"/>
        <source>Activation in 90 days</source>
        <translation>Activation in 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="24"/>
        <source>Review SLA compliance</source>
        <translation>Review SLA compliance</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="28"/>
        <source>Sum of the won amounts (won amount, else the registered amount) of deals won with a close date in the period, converted into the program currency at the program&apos;s stored exchange rates.</source>
        <translation>Sum of the won amounts (won amount, else the registered amount) of deals won with a close date in the period, converted into the program currency at the program&apos;s stored exchange rates.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="33"/>
        <source>Sum of the amounts of open deals (submitted, information requested, approved) submitted on or before the period end, converted into the program currency.</source>
        <translation>Sum of the amounts of open deals (submitted, information requested, approved) submitted on or before the period end, converted into the program currency.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="38"/>
        <source>Deals won ÷ deals won or lost, closed in the period.</source>
        <translation>Deals won ÷ deals won or lost, closed in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="39"/>
        <source>Revenue ÷ number of deals won in the period.</source>
        <translation>Revenue ÷ number of deals won in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="40"/>
        <source>Σ (close date − submission date) in days ÷ number of deals won or lost in the period.</source>
        <translation>Σ (close date − submission date) in days ÷ number of deals won or lost in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="43"/>
        <source>Partners approved in the period that have registered a deal: Σ (first submission − approval date) in days ÷ number of those partners.</source>
        <translation>Partners approved in the period that have registered a deal: Σ (first submission − approval date) in days ÷ number of those partners.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="48"/>
        <source>Contacts with a valid certification at the period end ÷ contacts (not deleted).</source>
        <translation>Contacts with a valid certification at the period end ÷ contacts (not deleted).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="51"/>
        <source>Claimed MDF (claims submitted, information requested, approved or paid) ÷ MDF allocated from budgets that overlap the period.</source>
        <translation>Claimed MDF (claims submitted, information requested, approved or paid) ÷ MDF allocated from budgets that overlap the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="56"/>
        <source>Revenue of won deals attributed to paid MDF activities that ended in the period (same partner, closed from the activity start to 90 days after its end; a deal counts once) ÷ amount reimbursed.</source>
        <translation>Revenue of won deals attributed to paid MDF activities that ended in the period (same partner, closed from the activity start to 90 days after its end; a deal counts once) ÷ amount reimbursed.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="61"/>
        <source>Events in the 90 days up to the period end (deals submitted, training events, fund requests and claims submitted) ÷ number of partners.</source>
        <translation>Events in the 90 days up to the period end (deals submitted, training events, fund requests and claims submitted) ÷ number of partners.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="66"/>
        <source>Partners approved in the period with a first won deal within 60 days ÷ partners approved in the period.</source>
        <translation>Partners approved in the period with a first won deal within 60 days ÷ partners approved in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="70"/>
        <source>Partners approved in the period with a first won deal within 90 days ÷ partners approved in the period.</source>
        <translation>Partners approved in the period with a first won deal within 90 days ÷ partners approved in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="74"/>
        <source>Deal reviews decided within the program&apos;s review time (working days, Monday to Friday) ÷ decided reviews plus registrations still waiting past that time, of registrations submitted in the period.</source>
        <translation>Deal reviews decided within the program&apos;s review time (working days, Monday to Friday) ÷ decided reviews plus registrations still waiting past that time, of registrations submitted in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="82"/>
        <source>{missing} certification(s) missing for {tier}</source>
        <translation>{missing} certification(s) missing for {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="85"/>
        <source>{missing} of 12-month revenue missing for {tier}</source>
        <translation>{missing} of 12-month revenue missing for {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="88"/>
        <source>{missing} active deal(s) missing for {tier}</source>
        <translation>{missing} active deal(s) missing for {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="91"/>
        <source>Low activity: {events_90d} events in 90 days (target {target})</source>
        <translation>Low activity: {events_90d} events in 90 days (target {target})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="94"/>
        <source>Thin pipeline: {pipeline} of {reference}</source>
        <translation>Thin pipeline: {pipeline} of {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="95"/>
        <source>MDF unused: {unclaimed} not claimed</source>
        <translation>MDF unused: {unclaimed} not claimed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="96"/>
        <source>No MDF allocation yet</source>
        <translation>No MDF allocation yet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="97"/>
        <source>Certify people: {certified} of {people} certified</source>
        <translation>Certify people: {certified} of {people} certified</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="110"/>
        <source>n/a</source>
        <translation>n/a</translation>
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
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="151"/>
        <source>= previous period</source>
        <translation>= previous period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="155"/>
        <source>{0} {1} pp vs. previous period</source>
        <translation>{0} {1} pp vs. previous period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="157"/>
        <source>{0} from zero</source>
        <translation>{0} from zero</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/texts.py" line="159"/>
        <source>{0} {1} % vs. previous period</source>
        <translation>{0} {1} % vs. previous period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="148"/>
        <source>Partner performance</source>
        <translation>Partner performance</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="149"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="151"/>
        <source>Every table of the dashboard as CSV files in a folder</source>
        <translation>Every table of the dashboard as CSV files in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="153"/>
        <source>QBR PDF…</source>
        <translation>QBR PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="155"/>
        <source>Quarterly business review of the partner selected below</source>
        <translation>Quarterly business review of the partner selected below</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="166"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="167"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="168"/>
        <source>Last complete quarter</source>
        <translation>Last complete quarter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="169"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="170"/>
        <source>Previous year</source>
        <translation>Previous year</translation>
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
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="186"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="215"/>
        <source>Revenue by month</source>
        <translation>Revenue by month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="216"/>
        <source>Deal funnel</source>
        <translation>Deal funnel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="217"/>
        <source>Health score distribution</source>
        <translation>Health score distribution</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="218"/>
        <source>MDF spend vs. attributed revenue by region</source>
        <translation>MDF spend vs. attributed revenue by region</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219"/>
        <source>Activation by approval month</source>
        <translation>Activation by approval month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="237"/>
        <source>Partners that need attention</source>
        <translation>Partners that need attention</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="241"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="242"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="253"/>
        <source>Double-click a partner to open it; click a figure for its formula and records.</source>
        <translation>Double-click a partner to open it; click a figure for its formula and records.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="290"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="314"/>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="342"/>
        <source>{0} to {1}, compared with {2} to {3}. Figures from the local replica, in {4}.</source>
        <translation>{0} to {1}, compared with {2} to {3}. Figures from the local replica, in {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="361"/>
        <location filename="../../ui/dashboard/view.py" line="389"/>
        <source>thousand {0}</source>
        <translation>thousand {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="367"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="368"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="369"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="370"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="372"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="378"/>
        <source>No MDF activity ended in the period</source>
        <translation>No MDF activity ended in the period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="381"/>
        <source>Reimbursed</source>
        <translation>Reimbursed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="385"/>
        <source>Attributed revenue</source>
        <translation>Attributed revenue</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="396"/>
        <source>Revenue within 60 days</source>
        <translation>Revenue within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="400"/>
        <source>Revenue within 90 days</source>
        <translation>Revenue within 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="404"/>
        <source>% of the partners approved</source>
        <translation>% of the partners approved</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="410"/>
        <source>no region</source>
        <translation>no region</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="420"/>
        <source>MDF ROI (attributed revenue ÷ reimbursed): {0}</source>
        <translation>MDF ROI (attributed revenue ÷ reimbursed): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="432"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="433"/>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="448"/>
        <source>Activity {0}, pipeline {1}, certification {2}, marketing {3} (of 100)</source>
        <translation>Activity {0}, pipeline {1}, certification {2}, marketing {3} (of 100)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="482"/>
        <source>Export the dashboard tables to</source>
        <translation>Export the dashboard tables to</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="489"/>
        <source>Wait until the figures are shown, then export.</source>
        <translation>Wait until the figures are shown, then export.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="510"/>
        <source>Save the QBR as</source>
        <translation>Save the QBR as</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="519"/>
        <source>Writing the QBR…</source>
        <translation>Writing the QBR…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="528"/>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="111"/>
        <source>MDF claim</source>
        <translation>MDF claim</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="127"/>
        <source>&amp;Actual cost</source>
        <translation>&amp;Actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="136"/>
        <source>&amp;Claimed</source>
        <translation>&amp;Claimed</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="149"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="173"/>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="175"/>
        <source>S&amp;ubmit claim</source>
        <translation>S&amp;ubmit claim</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="185"/>
        <source>Approved request</source>
        <translation>Approved request</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="187"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="194"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="197"/>
        <source>Proof of execution (signed PDF)</source>
        <translation>Proof of execution (signed PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="199"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="250"/>
        <source>MDF claim — {0}</source>
        <translation>MDF claim — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="252"/>
        <source>New MDF claim — {0}</source>
        <translation>New MDF claim — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="257"/>
        <source>{0} (passed)</source>
        <translation>{0} (passed)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="259"/>
        <source>{0} ({1} days left)</source>
        <translation>{0} ({1} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="264"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="265"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="266"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="269"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="270"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="274"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="277"/>
        <source>Still claimable</source>
        <translation>Still claimable</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="280"/>
        <source>Participation rate</source>
        <translation>Participation rate</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="281"/>
        <source>Claim deadline</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="290"/>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="307"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="309"/>
        <source>Reviewer: {0}</source>
        <translation>Reviewer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="339"/>
        <source>Reimbursed: {0} of the actual cost.</source>
        <translation>Reimbursed: {0} of the actual cost.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="347"/>
        <source>You can claim at most {0} ({1} of the actual cost, within {2} still claimable).</source>
        <translation>You can claim at most {0} ({1} of the actual cost, within {2} still claimable).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/claim_editor.py" line="362"/>
        <source>Save the claim and add its evidence first.</source>
        <translation>Save the claim and add its evidence first.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="37"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="38"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="40"/>
        <location filename="../../ui/mdf/cost_lines.py" line="53"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="49"/>
        <source>Cost, e.g. booth rent</source>
        <translation>Cost, e.g. booth rent</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="51"/>
        <source>Invoice no.</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="54"/>
        <source>Add &amp;cost</source>
        <translation>Add &amp;cost</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/cost_lines.py" line="111"/>
        <source>Total of the cost lines: {0}</source>
        <translation>Total of the cost lines: {0}</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="77"/>
        <source>Folded company name</source>
        <translation>Folded company name</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="79"/>
        <source>Web domain</source>
        <translation>Web domain</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="83"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="85"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="87"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="88"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="91"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="95"/>
        <source>Registered (priority time)</source>
        <translation>Registered (priority time)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="98"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="109"/>
        <source>Compare possible duplicates</source>
        <translation>Compare possible duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="113"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="114"/>
        <source>This registration</source>
        <translation>This registration</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="115"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="124"/>
        <source>Highlighted: the values that match.</source>
        <translation>Highlighted: the values that match.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="129"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../ui/deals/compare.py" line="147"/>
        <source>These registrations no longer match (closed, or the data changed).</source>
        <translation>These registrations no longer match (closed, or the data changed).</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="65"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="111"/>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="112"/>
        <location filename="../../ui/conflicts.py" line="156"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="113"/>
        <location filename="../../ui/conflicts.py" line="157"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="123"/>
        <source>Selected conflict</source>
        <translation>Selected conflict</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="128"/>
        <source>Base (before both changes)</source>
        <translation>Base (before both changes)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="129"/>
        <location filename="../../ui/conflicts.py" line="257"/>
        <source>Mine (not applied)</source>
        <translation>Mine (not applied)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="130"/>
        <location filename="../../ui/conflicts.py" line="262"/>
        <source>Theirs (server, now in the record)</source>
        <translation>Theirs (server, now in the record)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="139"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="141"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="154"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="155"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="162"/>
        <source>Fix and &amp;resend…</source>
        <translation>Fix and &amp;resend…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="163"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="166"/>
        <source>Changes the server rejected</source>
        <translation>Changes the server rejected</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="175"/>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="183"/>
        <source>Nothing to resolve</source>
        <translation>Nothing to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="184"/>
        <source>When the server keeps a value you changed too, or refuses a change, it shows up here with both versions so nothing is lost.</source>
        <translation>When the server keeps a value you changed too, or refuses a change, it shows up here with both versions so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="191"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="194"/>
        <source>Each conflict keeps both versions until you decide. Rejected changes stay here until you resend or discard them.</source>
        <translation>Each conflict keeps both versions until you decide. Rejected changes stay here until you resend or discard them.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="257"/>
        <source>Mine (now in the record)</source>
        <translation>Mine (now in the record)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="260"/>
        <source>Theirs (other user, not applied)</source>
        <translation>Theirs (other user, not applied)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="298"/>
        <source>Edit value</source>
        <translation>Edit value</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="299"/>
        <source>New value for {0} (mine: {1}; theirs: {2}):</source>
        <translation>New value for {0} (mine: {1}; theirs: {2}):</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="315"/>
        <source>Fix and resend</source>
        <translation>Fix and resend</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="316"/>
        <source>Value of {0} to send again:</source>
        <translation>Value of {0} to send again:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="339"/>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="340"/>
        <source>Discard this rejected change to {0}? It will not be sent again and cannot be restored.</source>
        <translation>Discard this rejected change to {0}? It will not be sent again and cannot be restored.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="295"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="305"/>
        <source>Please copy the details below and send them to your administrator.</source>
        <translation>Please copy the details below and send them to your administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="323"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../ui/csv_import.py" line="121"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="123"/>
        <source>A CSV export of Salesforce, HubSpot or the workbench itself (UTF-8 or Windows).</source>
        <translation>A CSV export of Salesforce, HubSpot or the workbench itself (UTF-8 or Windows).</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="128"/>
        <source>Deal registrations</source>
        <translation>Deal registrations</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="129"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="130"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="136"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="139"/>
        <source>Detect from the headers</source>
        <translation>Detect from the headers</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="142"/>
        <source>Partner Workbench export</source>
        <translation>Partner Workbench export</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="145"/>
        <source>from the file&apos;s partner column</source>
        <translation>from the file&apos;s partner column</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="152"/>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="154"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="155"/>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gram</translation>
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
        <translation>Import CSV</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="179"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="204"/>
        <source>The file cannot be read: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="213"/>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="219"/>
        <source>Workbench field</source>
        <translation>Workbench field</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="219"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="247"/>
        <source>(not mapped)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="256"/>
        <source>Layout: {0}. Encoding {1}, separator “{2}”. Fields marked * are required.</source>
        <translation>Layout: {0}. Encoding {1}, separator “{2}”. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="260"/>
        <source>The file is not UTF-8; it was read as {0}: check the accents below.</source>
        <translation>The file is not UTF-8; it was read as {0}: check the accents below.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="271"/>
        <source>Map the required fields: {0}.</source>
        <translation>Map the required fields: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="290"/>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="291"/>
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="297"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="299"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="300"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="300"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="302"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="303"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="313"/>
        <source>Import only the valid rows and skip the others</source>
        <translation>Import only the valid rows and skip the others</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="320"/>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancel check</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="349"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="376"/>
        <source>{0}: {1} valid, {2} with errors.</source>
        <translation>{0}: {1} valid, {2} with errors.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="377"/>
        <source>%n row</source>
        <translation>%n row</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="377"/>
        <source>%n rows</source>
        <translation>%n rows</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="382"/>
        <source>The first {0} rows are listed.</source>
        <translation>The first {0} rows are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="384"/>
        <source>A file with errors is not imported unless you choose to import only the valid rows.</source>
        <translation>A file with errors is not imported unless you choose to import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="393"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>Check cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="420"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="420"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="412"/>
        <source>Writing… (one transaction: all rows or none)</source>
        <translation>Writing… (one transaction: all rows or none)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import.py" line="464"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <location filename="../../ui/deals/common.py" line="37"/>
        <source>Created as draft</source>
        <translation>Created as draft</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="38"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="39"/>
        <source>Resubmitted with more information</source>
        <translation>Resubmitted with more information</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="40"/>
        <source>Received by the server (priority time)</source>
        <translation>Received by the server (priority time)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="41"/>
        <source>Information requested</source>
        <translation>Information requested</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="42"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="43"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="44"/>
        <source>Protection extended</source>
        <translation>Protection extended</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="45"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="46"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="47"/>
        <source>Protection expired</source>
        <translation>Protection expired</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="48"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>DealDetail</name>
    <message>
        <location filename="../../ui/deals/detail.py" line="82"/>
        <source>Request a protection extension</source>
        <translation>Request a protection extension</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="97"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="99"/>
        <source>&amp;New end</source>
        <translation>&amp;New end</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="102"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="147"/>
        <source>No registration selected</source>
        <translation>No registration selected</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="161"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="162"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="164"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="175"/>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="176"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="177"/>
        <source>Request e&amp;xtension…</source>
        <translation>Request e&amp;xtension…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="179"/>
        <source>&amp;Compare with duplicate</source>
        <translation>&amp;Compare with duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="199"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="201"/>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="232"/>
        <source>{0} · provisional: not yet confirmed by the server</source>
        <translation>{0} · provisional: not yet confirmed by the server</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="234"/>
        <source>{0} · confirmed by the server on {1}</source>
        <translation>{0} · confirmed by the server on {1}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="243"/>
        <source>Reason for the rejection: {0}</source>
        <translation>Reason for the rejection: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="245"/>
        <source>The channel manager asks: {0}</source>
        <translation>The channel manager asks: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="246"/>
        <source>(no question given)</source>
        <translation>(no question given)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="251"/>
        <source>Extension to {0} requested, waiting for the channel manager.</source>
        <translation>Extension to {0} requested, waiting for the channel manager.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="255"/>
        <source>Extension declined: {0}</source>
        <translation>Extension declined: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="262"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="263"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="264"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="265"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="266"/>
        <source>Customer domain</source>
        <translation>Customer domain</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="267"/>
        <source>Customer e-mail</source>
        <translation>Customer e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="268"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="269"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="270"/>
        <source>Received by the server</source>
        <translation>Received by the server</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="271"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/deals/detail.py" line="277"/>
        <source>No open registration matches this customer and products.</source>
        <translation>No open registration matches this customer and products.</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../ui/deals/list_view.py" line="58"/>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="61"/>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="71"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="78"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="133"/>
        <source>E&amp;xport CSV</source>
        <translation>E&amp;xport CSV</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="135"/>
        <source>Deal registrations…</source>
        <translation>Deal registrations…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="135"/>
        <source>Contacts…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="137"/>
        <source>Partners…</source>
        <translation>Partners…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="208"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="216"/>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="234"/>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="238"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="287"/>
        <source>No possible duplicate to compare with.</source>
        <translation>No possible duplicate to compare with.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="81"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="116"/>
        <source>Filter by customer…</source>
        <translation>Filter by customer…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="119"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="128"/>
        <source>&amp;Register deal…</source>
        <translation>&amp;Register deal…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="131"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="143"/>
        <source>Deal registrations</source>
        <translation>Deal registrations</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="165"/>
        <source>%n deal</source>
        <translation>%n deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_view.py" line="165"/>
        <source>%n deals</source>
        <translation>%n deals</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="61"/>
        <source>Approved without a protection period.</source>
        <translation>Approved without a protection period.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="66"/>
        <source>Protection expired on {0}.</source>
        <translation>Protection expired on {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="68"/>
        <source>Closed; it was protected until {0}.</source>
        <translation>Closed; it was protected until {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="70"/>
        <source>Protection ends today ({0}).</source>
        <translation>Protection ends today ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="72"/>
        <source>Protected for 1 more day (until {0}).</source>
        <translation>Protected for 1 more day (until {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="73"/>
        <source>Protected for {0} more days (until {1}).</source>
        <translation>Protected for {0} more days (until {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="82"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="84"/>
        <source>ends today</source>
        <translation>ends today</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="85"/>
        <source>{0} d left</source>
        <translation>{0} d left</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="227"/>
        <source>Enter confirms, Shift+Enter starts a new line.</source>
        <translation>Enter confirms, Shift+Enter starts a new line.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../ui/deals/common.py" line="94"/>
        <location filename="../../ui/deals/common.py" line="133"/>
        <source>the same company name (“{0}” once legal form, case and accents are folded)</source>
        <translation>the same company name (“{0}” once legal form, case and accents are folded)</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="99"/>
        <location filename="../../ui/deals/common.py" line="138"/>
        <source>the same domain {0}</source>
        <translation>the same domain {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="102"/>
        <location filename="../../ui/deals/common.py" line="141"/>
        <source>products in common: {0}</source>
        <translation>products in common: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="104"/>
        <source>Registration of {0} (“{1}”, {2})</source>
        <translation>Registration of {0} (“{1}”, {2})</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="110"/>
        <location filename="../../ui/deals/common.py" line="143"/>
        <source>One of your own registrations</source>
        <translation>One of your own registrations</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="112"/>
        <location filename="../../ui/deals/common.py" line="145"/>
        <source>A registration by another partner</source>
        <translation>A registration by another partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="116"/>
        <location filename="../../ui/deals/common.py" line="151"/>
        <source>It was registered first ({0}, confirmed by the server).</source>
        <translation>It was registered first ({0}, confirmed by the server).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="118"/>
        <source>It was registered first ({0}, not yet confirmed by the server).</source>
        <translation>It was registered first ({0}, not yet confirmed by the server).</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="121"/>
        <source>This registration came first.</source>
        <translation>This registration came first.</translation>
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
        <translation>Protected until {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="125"/>
        <location filename="../../ui/deals/common.py" line="149"/>
        <source>{0} matches: {1}.</source>
        <translation>{0} matches: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="162"/>
        <source>Server check: no earlier registration of this customer with these products.</source>
        <translation>Server check: no earlier registration of this customer with these products.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/common.py" line="163"/>
        <source>Server check: possible duplicate — an earlier registration has priority.</source>
        <translation>Server check: possible duplicate — an earlier registration has priority.</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Partners</source>
        <translation>Partners</translation>
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
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;New partner…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Edit partner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Find partner</source>
        <translation>&amp;Find partner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Back to the partner list</source>
        <translation>&amp;Back to the partner list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>C&amp;ancel sync</source>
        <translation>C&amp;ancel sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>This workspace is not signed in to a server.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;Conflicts inbox</source>
        <translation>&amp;Conflicts inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;About Partner Workbench</source>
        <translation>&amp;About Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>About Partner Workbench</source>
        <translation>About Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Offline-first partner relationship management: partners, deal registration, training and market development funds, synced with the central server.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;br&gt;Signed in as: {2} ({3})&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Offline-first partner relationship management: partners, deal registration, training and market development funds, synced with the central server.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;br&gt;Signed in as: {2} ({3})&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
</context>
<context>
    <name>Mdf</name>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="47"/>
        <source>Currency</source>
        <translation>Currency</translation>
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
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="54"/>
        <location filename="../../ui/mdf/budgets.py" line="87"/>
        <location filename="../../ui/mdf/view.py" line="52"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="55"/>
        <location filename="../../ui/mdf/budgets.py" line="75"/>
        <location filename="../../ui/mdf/budgets.py" line="88"/>
        <location filename="../../ui/mdf/view.py" line="58"/>
        <location filename="../../ui/mdf/view.py" line="83"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="56"/>
        <location filename="../../ui/mdf/budgets.py" line="76"/>
        <location filename="../../ui/mdf/budgets.py" line="89"/>
        <location filename="../../ui/mdf/view.py" line="79"/>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="57"/>
        <location filename="../../ui/mdf/budgets.py" line="77"/>
        <location filename="../../ui/mdf/budgets.py" line="90"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="58"/>
        <location filename="../../ui/mdf/budgets.py" line="92"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="66"/>
        <source>Period</source>
        <translation>Period</translation>
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
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="78"/>
        <source>Unallocated</source>
        <translation>Unallocated</translation>
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
        <translation>Allocated minus approved requests</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="116"/>
        <source>Totals per currency</source>
        <translation>Totals per currency</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="122"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="127"/>
        <source>Allocations (live balances)</source>
        <translation>Allocations (live balances)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/budgets.py" line="136"/>
        <source>Requested: submitted requests awaiting a decision. Claimed: submitted and later claims. Available: allocated minus approved requests.</source>
        <translation>Requested: submitted requests awaiting a decision. Claimed: submitted and later claims. Available: allocated minus approved requests.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="90"/>
        <source>Photos of the booth or event</source>
        <translation>Photos of the booth or event</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="91"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="92"/>
        <source>Attendee or lead list</source>
        <translation>Attendee or lead list</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="93"/>
        <source>Short summary</source>
        <translation>Short summary</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="94"/>
        <source>Screenshots of the ads</source>
        <translation>Screenshots of the ads</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="95"/>
        <source>Campaign report (reach, clicks)</source>
        <translation>Campaign report (reach, clicks)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="96"/>
        <source>Copy of the mailing</source>
        <translation>Copy of the mailing</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="97"/>
        <source>Send report (recipients, opens, clicks)</source>
        <translation>Send report (recipients, opens, clicks)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="98"/>
        <source>Sample of the printed piece</source>
        <translation>Sample of the printed piece</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="99"/>
        <source>Distribution proof</source>
        <translation>Distribution proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="100"/>
        <source>Recording or agenda</source>
        <translation>Recording or agenda</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="101"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="102"/>
        <source>Signed proof of execution</source>
        <translation>Signed proof of execution</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="106"/>
        <source>Event / trade show</source>
        <translation>Event / trade show</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="107"/>
        <source>Digital campaign / ads</source>
        <translation>Digital campaign / ads</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="108"/>
        <source>E-mail / newsletter</source>
        <translation>E-mail / newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="109"/>
        <source>Print / direct mail</source>
        <translation>Print / direct mail</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="110"/>
        <source>Webinar / seminar</source>
        <translation>Webinar / seminar</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="111"/>
        <source>Training / enablement</source>
        <translation>Training / enablement</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="172"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="63"/>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
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
        <translation>Drop evidence files here</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="134"/>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="138"/>
        <source>Attach as:</source>
        <translation>Attach as:</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="148"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="149"/>
        <source>Proves</source>
        <translation>Proves</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="150"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="151"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="152"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="183"/>
        <source>Required proof</source>
        <translation>Required proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="224"/>
        <source>Evidence needs a workspace folder on this computer.</source>
        <translation>Evidence needs a workspace folder on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="226"/>
        <source>Save the claim as a draft, then drop evidence files here.</source>
        <translation>Save the claim as a draft, then drop evidence files here.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="228"/>
        <source>This claim can no longer be changed.</source>
        <translation>This claim can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="230"/>
        <source>Drop evidence files here, or use “Add files…”.</source>
        <translation>Drop evidence files here, or use “Add files…”.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="263"/>
        <source>Cannot submit yet. Missing: {0}.</source>
        <translation>Cannot submit yet. Missing: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/evidence.py" line="284"/>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="23"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="27"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="32"/>
        <location filename="../../ui/mdf/view.py" line="42"/>
        <location filename="../../ui/mdf/view.py" line="78"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="36"/>
        <source>Claim approved</source>
        <translation>Claim approved</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="43"/>
        <source>Claim status</source>
        <translation>Claim status</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="66"/>
        <source>Filter by partner, activity or reference…</source>
        <translation>Filter by partner, activity or reference…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="79"/>
        <source>Payments of approved claims, newest first. A claim is paid once its payments reach the approved amount.</source>
        <translation>Payments of approved claims, newest first. A claim is paid once its payments reach the approved amount.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/payments.py" line="113"/>
        <source>Total: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="43"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="45"/>
        <source>Dates</source>
        <translation>Dates</translation>
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
        <translation>Claim deadline</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="81"/>
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="133"/>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="135"/>
        <source>&amp;Edit request…</source>
        <translation>&amp;Edit request…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="136"/>
        <source>&amp;File a claim…</source>
        <translation>&amp;File a claim…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="157"/>
        <source>&amp;Open claim…</source>
        <translation>&amp;Open claim…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="169"/>
        <source>&amp;Budgets and allocations</source>
        <translation>&amp;Budgets and allocations</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="170"/>
        <source>Fund &amp;requests</source>
        <translation>Fund &amp;requests</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="171"/>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="173"/>
        <source>Re&amp;view queue</source>
        <translation>Re&amp;view queue</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="174"/>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/view.py" line="177"/>
        <source>Market development funds</source>
        <translation>Market development funds</translation>
    </message>
</context>
<context>
    <name>MdfReview</name>
    <message>
        <location filename="../../ui/mdf/review.py" line="47"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="48"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="51"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="52"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="53"/>
        <source>Request information</source>
        <translation>Request information</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="115"/>
        <source>Complete, signed proof</source>
        <translation>Complete, signed proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="116"/>
        <source>Complete, no signed proof</source>
        <translation>Complete, no signed proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="117"/>
        <source>Missing: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="120"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="121"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="122"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="123"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="124"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="125"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="127"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="129"/>
        <source>Claims: claim deadline. Requests: activity start.</source>
        <translation>Claims: claim deadline. Requests: activity start.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="131"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="159"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="250"/>
        <source>Keys: A approve · R reject with a reason · I request information · J/K or arrows move · Shift/Ctrl+click or Shift+J/K select several · Enter opens. Approving a claim countersigns its proof with your certificate.</source>
        <translation>Keys: A approve · R reject with a reason · I request information · J/K or arrows move · Shift/Ctrl+click or Shift+J/K select several · Enter opens. Approving a claim countersigns its proof with your certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="275"/>
        <source>%n item awaits review</source>
        <translation>%n item awaits review</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="276"/>
        <source>%n items await review</source>
        <translation>%n items await review</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="328"/>
        <source>Why are these items rejected? The partner sees this reason.</source>
        <translation>Why are these items rejected? The partner sees this reason.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="330"/>
        <source>What information is needed? The partner sees this text.</source>
        <translation>What information is needed? The partner sees this text.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="349"/>
        <source>{0}: {1} items. This cannot be undone.</source>
        <translation>{0}: {1} items. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="402"/>
        <source>%n item approved.</source>
        <translation>%n item approved.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="402"/>
        <source>%n items approved.</source>
        <translation>%n items approved.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="403"/>
        <source>%n item rejected.</source>
        <translation>%n item rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="403"/>
        <source>%n items rejected.</source>
        <translation>%n items rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="405"/>
        <source>Information requested for %n item.</source>
        <translation>Information requested for %n item.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="406"/>
        <source>Information requested for %n items.</source>
        <translation>Information requested for %n items.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/review.py" line="413"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notifications.py" line="47"/>
        <source>Deal protection ends</source>
        <translation>Deal protection ends</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="48"/>
        <source>MDF claim deadline</source>
        <translation>MDF claim deadline</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="49"/>
        <source>MDF funds lapse</source>
        <translation>MDF funds lapse</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="50"/>
        <source>Certification expires</source>
        <translation>Certification expires</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="51"/>
        <source>Deal review overdue</source>
        <translation>Deal review overdue</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="62"/>
        <source>due %n day ago</source>
        <translation>due %n day ago</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="62"/>
        <source>due %n days ago</source>
        <translation>due %n days ago</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="64"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="65"/>
        <source>in %n day</source>
        <translation>in %n day</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="65"/>
        <source>in %n days</source>
        <translation>in %n days</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="69"/>
        <source>{0}: {1} ({2}, {3})</source>
        <translation>{0}: {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="98"/>
        <source>Partner Workbench reminders</source>
        <translation>Partner Workbench reminders</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="164"/>
        <source>%n new reminder</source>
        <translation>%n new reminder</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="165"/>
        <source>%n new reminders</source>
        <translation>%n new reminders</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="169"/>
        <source>… and {0} more</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>Open review &amp;queue</source>
        <translation>Open review &amp;queue</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>%n deal review overdue.</source>
        <translation>%n deal review overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>%n deal reviews overdue.</source>
        <translation>%n deal reviews overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>The most overdue one is listed; all are in the review queue.</source>
        <translation>The most overdue one is listed; all are in the review queue.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="230"/>
        <source>The %n most overdue are listed; all are in the review queue.</source>
        <translation>The %n most overdue are listed; all are in the review queue.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="207"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="208"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="209"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="210"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="223"/>
        <source>Desktop notifications appear in the system tray while the workbench runs.</source>
        <translation>Desktop notifications appear in the system tray while the workbench runs.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="225"/>
        <source>This desktop has no system tray, so reminders are not shown as desktop notifications; they are listed here.</source>
        <translation>This desktop has no system tray, so reminders are not shown as desktop notifications; they are listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="232"/>
        <source>&amp;Snooze 1 day</source>
        <translation>&amp;Snooze 1 day</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="233"/>
        <source>Snooze 1 &amp;week</source>
        <translation>Snooze 1 &amp;week</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="234"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="240"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="250"/>
        <source>S snooze for a day · W snooze for a week · D or Delete dismiss</source>
        <translation>S snooze for a day · W snooze for a week · D or Delete dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="267"/>
        <source>%n reminder</source>
        <translation>%n reminder</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="267"/>
        <source>%n reminders</source>
        <translation>%n reminders</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../ui/partners/editor.py" line="85"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="87"/>
        <source>Edit {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="96"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="107"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="117"/>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="124"/>
        <source>two letters, e.g. DE</source>
        <translation>two letters, e.g. DE</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="127"/>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="136"/>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="146"/>
        <source>&amp;Web domain</source>
        <translation>&amp;Web domain</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="155"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="164"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="171"/>
        <source>Program currency</source>
        <translation>Program currency</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="176"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="187"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="201"/>
        <source>New partners start as prospects.</source>
        <translation>New partners start as prospects.</translation>
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
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="38"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="39"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Channel manager</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="96"/>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="98"/>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="107"/>
        <source>Any tier</source>
        <translation>Any tier</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="108"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="108"/>
        <source>Any region</source>
        <translation>Any region</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="109"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="109"/>
        <source>Any segment</source>
        <translation>Any segment</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="110"/>
        <source>Any channel manager</source>
        <translation>Any channel manager</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="111"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="125"/>
        <source>&amp;New partner…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="130"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="204"/>
        <source>%n partner</source>
        <translation>%n partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="204"/>
        <source>%n partners</source>
        <translation>%n partners</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ui/partners/profile.py" line="105"/>
        <source>← Partners</source>
        <translation>← Partners</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="107"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="129"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="130"/>
        <source>Has</source>
        <translation>Has</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="131"/>
        <source>Current tier needs</source>
        <translation>Current tier needs</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="132"/>
        <source>Next tier needs</source>
        <translation>Next tier needs</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="133"/>
        <source>Missing for next tier</source>
        <translation>Missing for next tier</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="141"/>
        <source>Master data</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="142"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="143"/>
        <source>Onboarding checklist</source>
        <translation>Onboarding checklist</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="144"/>
        <source>Tier compliance</source>
        <translation>Tier compliance</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="155"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="161"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="162"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="163"/>
        <location filename="../../ui/partners/profile.py" line="325"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="164"/>
        <location filename="../../ui/partners/profile.py" line="326"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="165"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="171"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="172"/>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="175"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="176"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="183"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="184"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="186"/>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="187"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="193"/>
        <source>Fund request</source>
        <translation>Fund request</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="194"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="196"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="198"/>
        <location filename="../../ui/partners/profile.py" line="212"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="202"/>
        <location filename="../../ui/partners/profile.py" line="347"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="208"/>
        <source>Claim summary</source>
        <translation>Claim summary</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="210"/>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="221"/>
        <location filename="../../ui/partners/profile.py" line="229"/>
        <location filename="../../ui/partners/profile.py" line="238"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="222"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="223"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="230"/>
        <source>What</source>
        <translation>What</translation>
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
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="239"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="240"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="242"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="243"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="247"/>
        <location filename="../../ui/partners/profile.py" line="389"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
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
        <translation>Ce&amp;rtifications</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="255"/>
        <source>Fund requests</source>
        <translation>Fund requests</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="257"/>
        <source>Claims</source>
        <translation>Claims</translation>
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
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="261"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="262"/>
        <source>&amp;Audit history</source>
        <translation>&amp;Audit history</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="264"/>
        <location filename="../../ui/partners/profile.py" line="288"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="313"/>
        <source>no tier</source>
        <translation>no tier</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="318"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="319"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="320"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="322"/>
        <source>Channel manager</source>
        <translation>Channel manager</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="323"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="324"/>
        <source>Web domain</source>
        <translation>Web domain</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="327"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="328"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="329"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="332"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="335"/>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="336"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="345"/>
        <source>No contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="348"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="349"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="350"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="359"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="369"/>
        <source>Showing the newest {0} of {1} deals.</source>
        <translation>Showing the newest {0} of {1} deals.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="407"/>
        <source>No tier yet.</source>
        <translation>No tier yet.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="409"/>
        <source>Meets every requirement of its tier {0}.</source>
        <translation>Meets every requirement of its tier {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="411"/>
        <source>Below the requirements of its tier {0}.</source>
        <translation>Below the requirements of its tier {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="413"/>
        <source>Top tier: there is no higher tier.</source>
        <translation>Top tier: there is no higher tier.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="415"/>
        <source>Ready for {0}: every requirement is met.</source>
        <translation>Ready for {0}: every requirement is met.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="417"/>
        <source>Still missing for {0}: see the last column.</source>
        <translation>Still missing for {0}: see the last column.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/profile.py" line="420"/>
        <source>Revenue in {0} has no exchange rate and is not counted.</source>
        <translation>Revenue in {0} has no exchange rate and is not counted.</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message>
        <location filename="../../ui/mdf/proof.py" line="116"/>
        <source>Nothing changed after this signature.</source>
        <translation>Nothing changed after this signature.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="117"/>
        <source>Only timestamps were added after this signature.</source>
        <translation>Only timestamps were added after this signature.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="118"/>
        <source>Only signature fields were filled in after this signature (allowed).</source>
        <translation>Only signature fields were filled in after this signature (allowed).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="121"/>
        <source>Comments were added after this signature.</source>
        <translation>Comments were added after this signature.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="122"/>
        <source>The content was changed after this signature (not allowed).</source>
        <translation>The content was changed after this signature (not allowed).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="125"/>
        <source>the signed bytes were changed</source>
        <translation>the signed bytes were changed</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="126"/>
        <source>the signature value is wrong</source>
        <translation>the signature value is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="127"/>
        <source>the certificate is not from a trusted authority</source>
        <translation>the certificate is not from a trusted authority</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="128"/>
        <source>the file was changed in a way that is not allowed</source>
        <translation>the file was changed in a way that is not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="129"/>
        <source>changes break the certification</source>
        <translation>changes break the certification</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="130"/>
        <source>the signature does not cover the whole file</source>
        <translation>the signature does not cover the whole file</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="131"/>
        <source>the timestamp is invalid</source>
        <translation>the timestamp is invalid</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="132"/>
        <source>the certificate was revoked</source>
        <translation>the certificate was revoked</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="133"/>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="137"/>
        <source>the file has no signature</source>
        <translation>the file has no signature</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="138"/>
        <source>the file is not a readable PDF</source>
        <translation>the file is not a readable PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="139"/>
        <source>the file is not a PDF</source>
        <translation>the file is not a PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="140"/>
        <source>the file is certified more than once</source>
        <translation>the file is certified more than once</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="141"/>
        <source>the certification is not the first signature</source>
        <translation>the certification is not the first signature</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="153"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="155"/>
        <source>Invalid: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="161"/>
        <source>{0} (timestamp authority)</source>
        <translation>{0} (timestamp authority)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="162"/>
        <source>{0} (signer&apos;s clock)</source>
        <translation>{0} (signer&apos;s clock)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="175"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="176"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="177"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="178"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="179"/>
        <source>Changes after it</source>
        <translation>Changes after it</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="198"/>
        <source>Sign and &amp;attach proof</source>
        <translation>Sign and &amp;attach proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="201"/>
        <source>Renders the proof of execution with the evidence embedded and signs it with your certificate.</source>
        <translation>Renders the proof of execution with the evidence embedded and signs it with your certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="206"/>
        <source>Verify attached proof</source>
        <translation>Verify attached proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="208"/>
        <source>Save proof &amp;as…</source>
        <translation>Save proof &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="210"/>
        <source>&amp;Verify a PDF file…</source>
        <translation>&amp;Verify a PDF file…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="252"/>
        <source>No signed proof is attached to this claim yet.</source>
        <translation>No signed proof is attached to this claim yet.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="272"/>
        <source>Rendering and signing…</source>
        <translation>Rendering and signing…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="344"/>
        <location filename="../../ui/mdf/proof.py" line="381"/>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="357"/>
        <source>Save the signed proof</source>
        <translation>Save the signed proof</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="368"/>
        <source>Saved a copy as {0}.</source>
        <translation>Saved a copy as {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="376"/>
        <source>Verify a proof PDF</source>
        <translation>Verify a proof PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="391"/>
        <source>{0}: every signature is valid and nothing was changed that is not allowed.</source>
        <translation>{0}: every signature is valid and nothing was changed that is not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="393"/>
        <source>{0}: REFUSED — the file is not a valid signed proof.</source>
        <translation>{0}: REFUSED — the file is not a valid signed proof.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="395"/>
        <source>Problems: {1}.</source>
        <translation>Problems: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="216"/>
        <source>Signing &amp;key…</source>
        <translation>Signing &amp;key…</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/proof.py" line="218"/>
        <source>Enrol a signing key with the server or import one.</source>
        <translation>Enrol a signing key with the server or import one.</translation>
    </message>
</context>
<context>
    <name>RegisterDeal</name>
    <message>
        <location filename="../../ui/deals/register.py" line="82"/>
        <source>Register a deal</source>
        <translation>Register a deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="91"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="96"/>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="101"/>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="107"/>
        <source>Customer &amp;web domain</source>
        <translation>Customer &amp;web domain</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="112"/>
        <source>Customer &amp;e-mail</source>
        <translation>Customer &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="116"/>
        <source>two letters, e.g. DE</source>
        <translation>two letters, e.g. DE</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="117"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="122"/>
        <source>Deal &amp;title</source>
        <translation>Deal &amp;title</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="127"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="133"/>
        <source>E&amp;xpected close</source>
        <translation>E&amp;xpected close</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="141"/>
        <source>P&amp;roducts</source>
        <translation>P&amp;roducts</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="153"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="177"/>
        <source>The check runs on this laptop&apos;s copy of the data. The registration stays provisional until the server confirms it; the server decides who registered first by the time it receives it.</source>
        <translation>The check runs on this laptop&apos;s copy of the data. The registration stays provisional until the server confirms it; the server decides who registered first by the time it receives it.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="188"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="190"/>
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="280"/>
        <location filename="../../ui/deals/register.py" line="368"/>
        <source>Choose at least one product.</source>
        <translation>Choose at least one product.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="336"/>
        <source>Possible duplicate: %n open registration matches</source>
        <translation>Possible duplicate: %n open registration matches</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="337"/>
        <source>Possible duplicates: %n open registrations match</source>
        <translation>Possible duplicates: %n open registrations match</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="84"/>
        <source>New fund request</source>
        <translation>New fund request</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="86"/>
        <source>Edit fund request “{0}”</source>
        <translation>Edit fund request “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="96"/>
        <source>{0} — {1} ({2} available)</source>
        <translation>{0} — {1} ({2} available)</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="110"/>
        <source>A&amp;llocation</source>
        <translation>A&amp;llocation</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="124"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="132"/>
        <source>e.g. Booth at the regional IT fair</source>
        <translation>e.g. Booth at the regional IT fair</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="135"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="161"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="164"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="178"/>
        <source>amount, e.g. 2,500.00</source>
        <translation>amount, e.g. 2,500.00</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="181"/>
        <source>&amp;Requested</source>
        <translation>&amp;Requested</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="195"/>
        <source>Claim deadline</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="200"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="201"/>
        <source>Save and &amp;submit</source>
        <translation>Save and &amp;submit</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="245"/>
        <source>Available in this allocation: {0}.</source>
        <translation>Available in this allocation: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="251"/>
        <source>This is more than is available: it cannot be approved in full.</source>
        <translation>This is more than is available: it cannot be approved in full.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/request_editor.py" line="257"/>
        <source>Set when approved: claims are due within the program&apos;s claim period after {0}.</source>
        <translation>Set when approved: claims are due within the program&apos;s claim period after {0}.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/deals/review.py" line="132"/>
        <source>protected until {0}</source>
        <translation>protected until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="136"/>
        <source>OVERDUE by %n working day</source>
        <translation>OVERDUE by %n working day</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="137"/>
        <source>OVERDUE by %n working days</source>
        <translation>OVERDUE by %n working days</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="140"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="141"/>
        <source>due {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="145"/>
        <source>Extension to {0}</source>
        <translation>Extension to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="146"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="149"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="150"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="151"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="152"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="153"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="154"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="212"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="218"/>
        <source>A approve · R reject with reason · I request information · E grant extension · J/K move · Shift+J/K select more · Ctrl+A all · C compare with duplicate · Enter open</source>
        <translation>A approve · R reject with reason · I request information · E grant extension · J/K move · Shift+J/K select more · Ctrl+A all · C compare with duplicate · Enter open</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="244"/>
        <source>%n waiting</source>
        <translation>%n waiting</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="248"/>
        <source>%n overdue</source>
        <translation>%n overdue</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="252"/>
        <source>the oldest {0} shown</source>
        <translation>the oldest {0} shown</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="293"/>
        <source>E grants extension requests; none is selected.</source>
        <translation>E grants extension requests; none is selected.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="307"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="310"/>
        <source>Why is this request refused? The partner sees the reason.</source>
        <translation>Why is this request refused? The partner sees the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="311"/>
        <source>Why are these %n requests refused? Each partner sees the reason.</source>
        <translation>Why are these %n requests refused? Each partner sees the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="314"/>
        <source>Request information</source>
        <translation>Request information</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="317"/>
        <source>What does the partner need to add?</source>
        <translation>What does the partner need to add?</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="318"/>
        <source>What do the partners of these %n registrations need to add?</source>
        <translation>What do the partners of these %n registrations need to add?</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="334"/>
        <source>Approved or granted: {0}.</source>
        <translation>Approved or granted: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="335"/>
        <source>Rejected or declined: {0}.</source>
        <translation>Rejected or declined: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="336"/>
        <source>Information requested: {0}.</source>
        <translation>Information requested: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="337"/>
        <source>Extensions granted: {0}.</source>
        <translation>Extensions granted: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/deals/review.py" line="342"/>
        <source>Refused: {0} ({1})</source>
        <translation>Refused: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../ui/search.py" line="30"/>
        <location filename="../../ui/search.py" line="36"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="34"/>
        <source>Search partners, contacts, deals and claims…</source>
        <translation>Search partners, contacts, deals and claims…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="141"/>
        <source>%n result</source>
        <translation>%n result</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="141"/>
        <source>%n results</source>
        <translation>%n results</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="143"/>
        <source>No matches.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="114"/>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="34"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="37"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="46"/>
        <source>Numbers, amounts and dates follow the language&apos;s conventions.</source>
        <translation>Numbers, amounts and dates follow the language&apos;s conventions.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="177"/>
        <source>Sign in to the sync server</source>
        <translation>Sign in to the sync server</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="189"/>
        <source>Sign in with your Partner Workbench account. Your changes stay on this computer until they are sent.</source>
        <translation>Sign in with your Partner Workbench account. Your changes stay on this computer until they are sent.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="205"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="209"/>
        <source>Remember this device (stay signed in after quitting)</source>
        <translation>Remember this device (stay signed in after quitting)</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="215"/>
        <source>Server &amp;URL</source>
        <translation>Server &amp;URL</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="216"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="217"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="240"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="245"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="129"/>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>The server cannot be reached. Check the address and your network connection.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="131"/>
        <source>The e-mail address or the password is wrong.</source>
        <translation>The e-mail address or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="133"/>
        <source>An administrator revoked this device. Ask them to allow it again, or sign in on another device.</source>
        <translation>An administrator revoked this device. Ask them to allow it again, or sign in on another device.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="137"/>
        <source>No sync server answers at this address. Check the URL (and its port).</source>
        <translation>No sync server answers at this address. Check the URL (and its port).</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="139"/>
        <source>This computer has no keyring to remember the device in. Sign in without remembering it.</source>
        <translation>This computer has no keyring to remember the device in. Sign in without remembering it.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="143"/>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="145"/>
        <source>Start the address with https:// (or http:// for a server on this computer).</source>
        <translation>Start the address with https:// (or http:// for a server on this computer).</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="147"/>
        <source>“{0}” is not a server address.</source>
        <translation>“{0}” is not a server address.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="154"/>
        <source>An administrator signed this device out. Sign in again to continue syncing.</source>
        <translation>An administrator signed this device out. Sign in again to continue syncing.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="155"/>
        <source>Your session with the server has ended. Sign in again to continue syncing.</source>
        <translation>Your session with the server has ended. Sign in again to continue syncing.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../../ui/signing_key.py" line="73"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="74"/>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="75"/>
        <source>digital signature not allowed</source>
        <translation>digital signature not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="76"/>
        <source>non-repudiation not allowed</source>
        <translation>non-repudiation not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="77"/>
        <source>no key usage</source>
        <translation>no key usage</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="156"/>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="160"/>
        <source>Proofs of execution are signed with your personal certificate. Its key is kept encrypted in this workspace; only the key&apos;s passphrase is stored in the system keyring.</source>
        <translation>Proofs of execution are signed with your personal certificate. Its key is kept encrypted in this workspace; only the key&apos;s passphrase is stored in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="169"/>
        <source>Current certificate</source>
        <translation>Current certificate</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="172"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="178"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="179"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="180"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="181"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="182"/>
        <source>Key usages</source>
        <translation>Key usages</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="192"/>
        <source>Enrol with the server</source>
        <translation>Enrol with the server</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="195"/>
        <source>Creates a new key on this computer and has the server&apos;s certificate authority certify it for your account. Only the certificate request is sent; the key never leaves this computer.</source>
        <translation>Creates a new key on this computer and has the server&apos;s certificate authority certify it for your account. Only the certificate request is sent; the key never leaves this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="202"/>
        <source>&amp;Enrol with server</source>
        <translation>&amp;Enrol with server</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="213"/>
        <source>This workspace is not connected to a server.</source>
        <translation>This workspace is not connected to a server.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="217"/>
        <location filename="../../ui/signing_key.py" line="353"/>
        <source>Import a PKCS#12 file</source>
        <translation>Import a PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="222"/>
        <source>certificate.p12</source>
        <translation>certificate.p12</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="223"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="232"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="238"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="273"/>
        <source>There is no signing key on this computer yet.</source>
        <translation>There is no signing key on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="287"/>
        <source>{0} to {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="293"/>
        <source>Ready for signing proofs.</source>
        <translation>Ready for signing proofs.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="295"/>
        <source>Cannot sign proofs: {0}.</source>
        <translation>Cannot sign proofs: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="334"/>
        <source>Creating a key and asking the server to certify it…</source>
        <translation>Creating a key and asking the server to certify it…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="346"/>
        <source>The new key is certified and stored.</source>
        <translation>The new key is certified and stored.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="353"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="361"/>
        <source>Choose a PKCS#12 file first.</source>
        <translation>Choose a PKCS#12 file first.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="364"/>
        <source>Enter the file&apos;s passphrase.</source>
        <translation>Enter the file&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="366"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="377"/>
        <source>The certificate is imported.</source>
        <translation>The certificate is imported.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:</source>
        <translation>No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Passphrase for this workspace:</source>
        <translation>Passphrase for this workspace:</translation>
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
        <translation>The passphrase needs at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>Repeat the passphrase:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="196"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="248"/>
        <source>Preparing the offline demo data…</source>
        <translation>Preparing the offline demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="272"/>
        <source>Signing in to the demo server and fetching the demo data…</source>
        <translation>Signing in to the demo server and fetching the demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>Fetching the demo data: {0} records…</source>
        <translation>Fetching the demo data: {0} records…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="325"/>
        <source>Starting the demo server…</source>
        <translation>Starting the demo server…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="341"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/statusbar.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="71"/>
        <source>Stop the sync under way (what was sent stays sent)</source>
        <translation>Stop the sync under way (what was sent stays sent)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="73"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="85"/>
        <location filename="../../ui/statusbar.py" line="130"/>
        <source>Send your changes and fetch the latest (Ctrl+Shift+S)</source>
        <translation>Send your changes and fetch the latest (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="88"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>This workspace is not signed in to a server.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="174"/>
        <location filename="../../ui/statusbar.py" line="193"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="182"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="183"/>
        <source>Sending %v of %m…</source>
        <translation>Sending %v of %m…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="184"/>
        <source>Fetching: %v changes…</source>
        <translation>Fetching: %v changes…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="185"/>
        <source>Fetching: %v records…</source>
        <translation>Fetching: %v records…</translation>
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
        <translation>Connected to the server.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="204"/>
        <source>Working offline: changes are kept locally and sent when the server is reachable.</source>
        <translation>Working offline: changes are kept locally and sent when the server is reachable.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="209"/>
        <source>Last attempt: {0}</source>
        <translation>Last attempt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="215"/>
        <source>%n pending change</source>
        <translation>%n pending change</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="215"/>
        <source>%n pending changes</source>
        <translation>%n pending changes</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="219"/>
        <source>%n conflict</source>
        <translation>%n conflict</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="219"/>
        <source>%n conflicts</source>
        <translation>%n conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="221"/>
        <source>%n rejected</source>
        <translation>%n rejected</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="223"/>
        <source>Open the conflicts inbox</source>
        <translation>Open the conflicts inbox</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="226"/>
        <source>Last sync: {0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="228"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../ui/training/view.py" line="61"/>
        <source>not certified</source>
        <translation>not certified</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="63"/>
        <source>{0}, never expires</source>
        <translation>{0}, never expires</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="65"/>
        <source>expired on {0}</source>
        <translation>expired on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="66"/>
        <source>{0}, expires {1}</source>
        <translation>{0}, expires {1}</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="98"/>
        <source>Record an exam — {0}</source>
        <translation>Record an exam — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="111"/>
        <source>&amp;Course</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="112"/>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="113"/>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="149"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="150"/>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="151"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="152"/>
        <source>Next expiry</source>
        <translation>Next expiry</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="164"/>
        <source>Learning path</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="165"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="167"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="168"/>
        <source>{0} of {1} required courses ({2} %)</source>
        <translation>{0} of {1} required courses ({2} %)</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="172"/>
        <location filename="../../ui/training/view.py" line="200"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="174"/>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="176"/>
        <source>{0} months</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="178"/>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="188"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="189"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="190"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="192"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="201"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="202"/>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="204"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="205"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="216"/>
        <source>Record exam / &amp;renew…</source>
        <translation>Record exam / &amp;renew…</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="226"/>
        <source>Training and certification</source>
        <translation>Training and certification</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="227"/>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="232"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="238"/>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="246"/>
        <source>Certifications, renewed ones included</source>
        <translation>Certifications, renewed ones included</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="248"/>
        <source>Training history</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="259"/>
        <source>A certification is expiring 90 days before it expires; reminders go out 90 and 30 days ahead. Passing every required course of a path again renews its certification.</source>
        <translation>A certification is expiring 90 days before it expires; reminders go out 90 and 30 days ahead. Passing every required course of a path again renews its certification.</translation>
    </message>
    <message>
        <location filename="../../ui/training/view.py" line="304"/>
        <source>{0} of {1} people hold a current certification; {2} expiring, {3} expired.</source>
        <translation>{0} of {1} people hold a current certification; {2} expiring, {3} expired.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>{field} is too long ({length} characters, at most {max}).</source>
        <translation>{field} is too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>{field} contains control characters that are not allowed.</source>
        <translation>{field} contains control characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>“{value}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>“{value}” is not a valid web domain (for example example.com).</source>
        <translation>“{value}” is not a valid web domain (for example example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>“{value}” is not a two-letter country code (for example DE).</source>
        <translation>“{value}” is not a two-letter country code (for example DE).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>“{value}” is not a supported currency.</source>
        <translation>“{value}” is not a supported currency.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>“{value}” is not a valid amount.</source>
        <translation>“{value}” is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>{field} must be an exact decimal amount.</source>
        <translation>{field} must be an exact decimal amount.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>{field} allows at most {decimals} decimal places.</source>
        <translation>{field} allows at most {decimals} decimal places.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>{field} must be a whole amount in minor units.</source>
        <translation>{field} must be a whole amount in minor units.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>{field} is too large.</source>
        <translation>{field} is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>{field} must be greater than zero.</source>
        <translation>{field} must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>“{value}” is not a valid choice for {field} (allowed: {allowed}).</source>
        <translation>“{value}” is not a valid choice for {field} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>{field} must be between {min} and {max} (got {value}).</source>
        <translation>{field} must be between {min} and {max} (got {value}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>The {entity} {id} was not found. It may have been deleted.</source>
        <translation>The {entity} {id} was not found. It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>{field} refers to a record that does not exist ({id}).</source>
        <translation>{field} refers to a record that does not exist ({id}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>You are not allowed to do this ({action}).</source>
        <translation>You are not allowed to do this ({action}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>This {entity} cannot go from “{current}” to “{target}”.</source>
        <translation>This {entity} cannot go from “{current}” to “{target}”.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The passphrase is too short: use at least {min} characters.</source>
        <translation>The passphrase is too short: use at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>“{value}” is not a valid phone number.</source>
        <translation>“{value}” is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>“{value}” is not a valid value for {field}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>{field} can only be changed through its own action.</source>
        <translation>{field} can only be changed through its own action.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>{field} cannot be changed here.</source>
        <translation>{field} cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Records of type {entity} cannot be changed here.</source>
        <translation>Records of type {entity} cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>The server cannot be reached. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The server had a problem ({status}). Sync tries again later.</source>
        <translation>The server had a problem ({status}). Sync tries again later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>The server sent an answer that cannot be read. Sync tries again.</source>
        <translation>The server sent an answer that cannot be read. Sync tries again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The server is busy. Sync tries again in a moment.</source>
        <translation>The server is busy. Sync tries again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Please sign in again ({reason}).</source>
        <translation>Please sign in again ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>This device was signed out by an administrator. Sign in again to continue syncing.</source>
        <translation>This device was signed out by an administrator. Sign in again to continue syncing.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Update Partner Workbench to keep syncing ({reason}).</source>
        <translation>Update Partner Workbench to keep syncing ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>The server refused the request ({status} {error}).</source>
        <translation>The server refused the request ({status} {error}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>This workspace belongs to another user. Use a separate workspace to sign in as someone else.</source>
        <translation>This workspace belongs to another user. Use a separate workspace to sign in as someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>The e-mail address or the password is wrong.</source>
        <translation>The e-mail address or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>This conflict was resolved already.</source>
        <translation>This conflict was resolved already.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The record was deleted on the server; your value cannot be applied.</source>
        <translation>The record was deleted on the server; your value cannot be applied.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>This change is no longer waiting in the rejected list.</source>
        <translation>This change is no longer waiting in the rejected list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>The demo server could not be prepared ({detail}). Working offline with local demo data.</source>
        <translation>The demo server could not be prepared ({detail}). Working offline with local demo data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>The demo server could not start (exit code {exit_code}). Working offline with local demo data.</source>
        <translation>The demo server could not start (exit code {exit_code}). Working offline with local demo data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>The demo server did not answer within {seconds} seconds. Working offline with local demo data.</source>
        <translation>The demo server did not answer within {seconds} seconds. Working offline with local demo data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>This demo workspace was filled offline earlier, so it stays offline. Delete the demo workspace to start over with the demo server.</source>
        <translation>This demo workspace was filled offline earlier, so it stays offline. Delete the demo workspace to start over with the demo server.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The input was refused ({code}).</source>
        <translation>The input was refused ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>{field}: the input was refused ({code}).</source>
        <translation>{field}: the input was refused ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The local database could not be unlocked: the key or passphrase is wrong. The file was not changed.</source>
        <translation>The local database could not be unlocked: the key or passphrase is wrong. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The local database is in use by another program or another Partner Workbench window. Close it and try again.</source>
        <translation>The local database is in use by another program or another Partner Workbench window. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135"/>
        <source>The local database is damaged and cannot be opened. The file was left untouched; restore a backup or sync a fresh copy from the server.</source>
        <translation>The local database is damaged and cannot be opened. The file was left untouched; restore a backup or sync a fresh copy from the server.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The key for the local database is missing from the system keyring. Enter your passphrase or sync a fresh copy from the server.</source>
        <translation>The key for the local database is missing from the system keyring. Enter your passphrase or sync a fresh copy from the server.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>The local database cannot be opened ({reason}).</source>
        <translation>The local database cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="30"/>
        <source>The currency must be {expected}, not {actual}.</source>
        <translation>The currency must be {expected}, not {actual}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="31"/>
        <source>This would leave a negative fund balance ({balance}).</source>
        <translation>This would leave a negative fund balance ({balance}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="32"/>
        <source>Only {available} of the budget is still unallocated; {requested} is too much.</source>
        <translation>Only {available} of the budget is still unallocated; {requested} is too much.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="35"/>
        <source>The allocation has {balance} left; {requested} cannot be approved.</source>
        <translation>The allocation has {balance} left; {requested} cannot be approved.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="38"/>
        <source>Only {remaining} of the approved {approved} can still be claimed ({claimed} already claimed).</source>
        <translation>Only {remaining} of the approved {approved} can still be claimed ({claimed} already claimed).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="41"/>
        <source>At the participation rate of {rate} at most {cap} of the actual cost {actual_cost} can be claimed.</source>
        <translation>At the participation rate of {rate} at most {cap} of the actual cost {actual_cost} can be claimed.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="45"/>
        <source>The approved amount {approved} is more than the {requested} asked for.</source>
        <translation>The approved amount {approved} is more than the {requested} asked for.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="48"/>
        <source>Only {outstanding} of this claim is still unpaid.</source>
        <translation>Only {outstanding} of this claim is still unpaid.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="49"/>
        <source>{amount} is above your approval limit of {limit}; someone with a higher limit has to decide.</source>
        <translation>{amount} is above your approval limit of {limit}; someone with a higher limit has to decide.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="52"/>
        <source>This record can no longer be edited (status: {status}).</source>
        <translation>This record can no longer be edited (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="53"/>
        <source>Claims can only be filed against an approved request.</source>
        <translation>Claims can only be filed against an approved request.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="54"/>
        <source>The claim deadline {claim_due} has passed.</source>
        <translation>The claim deadline {claim_due} has passed.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="55"/>
        <source>The claim deadline {claim_due} has not passed yet.</source>
        <translation>The claim deadline {claim_due} has not passed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="56"/>
        <source>The request already has claims.</source>
        <translation>The request already has claims.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="57"/>
        <source>Only an approved claim can be paid.</source>
        <translation>Only an approved claim can be paid.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="58"/>
        <source>Proof is missing: {missing}.</source>
        <translation>Proof is missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="59"/>
        <source>Evidence can only be attached to a claim.</source>
        <translation>Evidence can only be attached to a claim.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="60"/>
        <source>The evidence file {file_name} is not on this computer yet. Sync, then try again.</source>
        <translation>The evidence file {file_name} is not on this computer yet. Sync, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="63"/>
        <source>The file {path} was not found.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="64"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="65"/>
        <source>The file is too large ({size} bytes, at most {limit}).</source>
        <translation>The file is too large ({size} bytes, at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="66"/>
        <source>The file name is not allowed.</source>
        <translation>The file name is not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="67"/>
        <source>No signing certificate is set up on this computer. Use “Signing key…” on the proof panel to enrol with the server or import a PKCS#12 file.</source>
        <translation>No signing certificate is set up on this computer. Use “Signing key…” on the proof panel to enrol with the server or import a PKCS#12 file.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="72"/>
        <source>The file is not a readable PDF.</source>
        <translation>The file is not a readable PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="73"/>
        <source>No signed proof is attached to this claim yet.</source>
        <translation>No signed proof is attached to this claim yet.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="74"/>
        <source>The signed proof is not on this computer yet. Sync, then try again.</source>
        <translation>The signed proof is not on this computer yet. Sync, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="77"/>
        <source>The stored signed proof is damaged (its checksum does not match). Sync a fresh copy.</source>
        <translation>The stored signed proof is damaged (its checksum does not match). Sync a fresh copy.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="80"/>
        <source>The signed proof does not pass verification ({problems}); it was not countersigned.</source>
        <translation>The signed proof does not pass verification ({problems}); it was not countersigned.</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="83"/>
        <source>No trusted certificate authority is known on this computer, so signatures cannot be checked.</source>
        <translation>No trusted certificate authority is known on this computer, so signatures cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="53"/>
        <source>The server returned a certificate for another key. Nothing was stored.</source>
        <translation>The server returned a certificate for another key. Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="56"/>
        <source>The server&apos;s certificate is not issued by its certificate authority. Nothing was stored.</source>
        <translation>The server&apos;s certificate is not issued by its certificate authority. Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="59"/>
        <source>The issued certificate cannot sign proofs ({problems}). Check this computer&apos;s clock.</source>
        <translation>The issued certificate cannot sign proofs ({problems}). Check this computer&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="62"/>
        <source>This certificate cannot sign proofs ({problems}). Nothing was imported.</source>
        <translation>This certificate cannot sign proofs ({problems}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="65"/>
        <source>The file cannot be opened: the passphrase is wrong or it is not a PKCS#12 file.</source>
        <translation>The file cannot be opened: the passphrase is wrong or it is not a PKCS#12 file.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="68"/>
        <source>The file holds no private key with its certificate.</source>
        <translation>The file holds no private key with its certificate.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Alternative name</source>
        <translation>Alternative name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Partner type</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Web domain</source>
        <translation>Web domain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Customer domain</source>
        <translation>Customer domain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Customer e-mail</source>
        <translation>Customer e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Customer country</source>
        <translation>Customer country</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Amount won</source>
        <translation>Amount won</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Approved amount</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Claimed amount</source>
        <translation>Claimed amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Target amount</source>
        <translation>Target amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Invoice reference</source>
        <translation>Invoice reference</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Earned on</source>
        <translation>Earned on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Requested until</source>
        <translation>Requested until</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>System integrator</source>
        <translation>System integrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Info requested</source>
        <translation>Info requested</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>KYC / due diligence done</source>
        <translation>KYC / due diligence done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>First training</source>
        <translation>First training</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Portal access</source>
        <translation>Portal access</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Certified people</source>
        <translation>Certified people</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Revenue (last 12 months)</source>
        <translation>Revenue (last 12 months)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Active deals</source>
        <translation>Active deals</translation>
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
        <translation>Contact</translation>
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
        <translation>MDF claim</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Segment/region</source>
        <translation>Segment/region</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Deal product</source>
        <translation>Deal product</translation>
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
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>MDF request</source>
        <translation>MDF request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>MDF allocation</source>
        <translation>MDF allocation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>MDF payment</source>
        <translation>MDF payment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>module completed</source>
        <translation>module completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>exam passed</source>
        <translation>exam passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>exam failed</source>
        <translation>exam failed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>earned</source>
        <translation>earned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>no access</source>
        <translation>no access</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>not allowed in this state</source>
        <translation>not allowed in this state</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>attachments missing on the server</source>
        <translation>attachments missing on the server</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <location filename="../../ui/partners/editor.py" line="41"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="42"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="43"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="44"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="45"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="46"/>
        <source>Web domain</source>
        <translation>Web domain</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="48"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="49"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/partners/editor.py" line="50"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="53"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="54"/>
        <source>Customer web domain</source>
        <translation>Customer web domain</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="55"/>
        <source>Customer e-mail</source>
        <translation>Customer e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="56"/>
        <source>Customer country</source>
        <translation>Customer country</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="57"/>
        <source>Deal title</source>
        <translation>Deal title</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="58"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="59"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="60"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="61"/>
        <location filename="../../ui/mdf/common.py" line="126"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/deals/register.py" line="62"/>
        <source>New protection end</source>
        <translation>New protection end</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="116"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="117"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="118"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="119"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="120"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="121"/>
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="122"/>
        <source>Claimed amount</source>
        <translation>Claimed amount</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="123"/>
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="124"/>
        <source>Approved amount</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="125"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="127"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="128"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="129"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="130"/>
        <source>Kind of evidence</source>
        <translation>Kind of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="131"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="132"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="133"/>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../ui/mdf/common.py" line="134"/>
        <source>claim</source>
        <translation>claim</translation>
    </message>
</context>
</TS>
