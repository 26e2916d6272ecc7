<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/views.py" line="215"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="216"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="217"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="218"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="219"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="226"/>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="228"/>
        <source>Every change recorded in the tamper-evident audit log, newest first.</source>
        <translation>Every change recorded in the tamper-evident audit log, newest first.</translation>
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
        <location filename="../../ui/conflicts.py" line="151"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="112"/>
        <location filename="../../ui/conflicts.py" line="154"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="113"/>
        <location filename="../../ui/conflicts.py" line="155"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="123"/>
        <source>Selected conflict</source>
        <translation>Selected conflict</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="127"/>
        <source>Base (before both changes)</source>
        <translation>Base (before both changes)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="128"/>
        <source>Mine (not applied)</source>
        <translation>Mine (not applied)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="129"/>
        <source>Theirs (server, now in the record)</source>
        <translation>Theirs (server, now in the record)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="137"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="138"/>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="139"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="152"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="160"/>
        <source>Fix and &amp;resend…</source>
        <translation>Fix and &amp;resend…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="161"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="164"/>
        <source>Changes the server rejected</source>
        <translation>Changes the server rejected</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="173"/>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="181"/>
        <source>Nothing to resolve</source>
        <translation>Nothing to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="182"/>
        <source>When the server keeps a value you changed too, or refuses a change, it shows up here with both versions so nothing is lost.</source>
        <translation>When the server keeps a value you changed too, or refuses a change, it shows up here with both versions so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="189"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="192"/>
        <source>Each conflict keeps both versions until you decide. Rejected changes stay here until you resend or discard them.</source>
        <translation>Each conflict keeps both versions until you decide. Rejected changes stay here until you resend or discard them.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="285"/>
        <source>Edit value</source>
        <translation>Edit value</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="286"/>
        <source>New value for {0} (mine: {1}; theirs: {2}):</source>
        <translation>New value for {0} (mine: {1}; theirs: {2}):</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="302"/>
        <source>Fix and resend</source>
        <translation>Fix and resend</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="303"/>
        <source>Value of {0} to send again:</source>
        <translation>Value of {0} to send again:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="326"/>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="327"/>
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
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/views.py" line="50"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="51"/>
        <source>Active partners</source>
        <translation>Active partners</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="52"/>
        <source>Deal registrations awaiting review</source>
        <translation>Deal registrations awaiting review</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="53"/>
        <source>Approved (protected) deals</source>
        <translation>Approved (protected) deals</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="54"/>
        <source>Certifications expiring in 90 days</source>
        <translation>Certifications expiring in 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="55"/>
        <source>MDF claims awaiting review</source>
        <translation>MDF claims awaiting review</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="62"/>
        <source>Deal status</source>
        <translation>Deal status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="63"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="68"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="72"/>
        <source>Deal registrations by status</source>
        <translation>Deal registrations by status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="76"/>
        <source>Partner health scores, win rates and MDF ROI arrive with the analytics screens.</source>
        <translation>Partner health scores, win rates and MDF ROI arrive with the analytics screens.</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="102"/>
        <source>As of {0}, from the local replica.</source>
        <translation>As of {0}, from the local replica.</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../ui/views.py" line="117"/>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="128"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="130"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="132"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="159"/>
        <source>Filter by customer…</source>
        <translation>Filter by customer…</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="162"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="171"/>
        <source>Deal registrations</source>
        <translation>Deal registrations</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="179"/>
        <source>Registering and reviewing deals arrives with the deal registration screens.</source>
        <translation>Registering and reviewing deals arrives with the deal registration screens.</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="184"/>
        <source>%n deal</source>
        <translation>%n deal</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="184"/>
        <source>%n deals</source>
        <translation>%n deals</translation>
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
        <translation>Training and certification</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Courses, learning paths and certifications arrive with the training screens. A partner&apos;s certifications are already shown in its profile.</source>
        <translation>Courses, learning paths and certifications arrive with the training screens. A partner&apos;s certifications are already shown in its profile.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Market development funds</source>
        <translation>Market development funds</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Budgets, fund requests and claims arrive with the MDF screens. A partner&apos;s requests and claims are already shown in its profile.</source>
        <translation>Budgets, fund requests and claims arrive with the MDF screens. A partner&apos;s requests and claims are already shown in its profile.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Partners</source>
        <translation>Partners</translation>
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
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;New partner…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Edit partner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Find partner</source>
        <translation>&amp;Find partner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Back to the partner list</source>
        <translation>&amp;Back to the partner list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>C&amp;ancel sync</source>
        <translation>C&amp;ancel sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>This workspace is not signed in to a server.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Conflicts inbox</source>
        <translation>&amp;Conflicts inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;About Partner Workbench</source>
        <translation>&amp;About Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>About Partner Workbench</source>
        <translation>About Partner Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Offline-first partner relationship management: partners, deal registration, training and market development funds, synced with the central server.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;br&gt;Signed in as: {2} ({3})&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partner Workbench {0}&lt;/h3&gt;&lt;p&gt;Offline-first partner relationship management: partners, deal registration, training and market development funds, synced with the central server.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;br&gt;Signed in as: {2} ({3})&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
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
        <location filename="../../ui/partners/list_view.py" line="188"/>
        <source>%n partner</source>
        <translation>%n partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/list_view.py" line="188"/>
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
    <name>Search</name>
    <message>
        <location filename="../../ui/search.py" line="29"/>
        <location filename="../../ui/search.py" line="35"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="33"/>
        <source>Search partners, contacts, deals and claims…</source>
        <translation>Search partners, contacts, deals and claims…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="130"/>
        <source>%n result</source>
        <translation>%n result</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="130"/>
        <source>%n results</source>
        <translation>%n results</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="132"/>
        <source>No matches.</source>
        <translation>No matches.</translation>
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
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:</source>
        <translation>No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="53"/>
        <source>Passphrase for this workspace:</source>
        <translation>Passphrase for this workspace:</translation>
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
        <translation>The passphrase needs at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Repeat the passphrase:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="169"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>Preparing the offline demo data…</source>
        <translation>Preparing the offline demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="232"/>
        <source>Signing in to the demo server and fetching the demo data…</source>
        <translation>Signing in to the demo server and fetching the demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="236"/>
        <source>Fetching the demo data: {0} records…</source>
        <translation>Fetching the demo data: {0} records…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="284"/>
        <source>Starting the demo server…</source>
        <translation>Starting the demo server…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="300"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/statusbar.py" line="57"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="59"/>
        <source>Stop the sync under way (what was sent stays sent)</source>
        <translation>Stop the sync under way (what was sent stays sent)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="61"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74"/>
        <source>Send your changes and fetch the latest (Ctrl+Shift+S)</source>
        <translation>Send your changes and fetch the latest (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77"/>
        <source>This workspace is not signed in to a server.</source>
        <translation>This workspace is not signed in to a server.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="127"/>
        <location filename="../../ui/statusbar.py" line="146"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="135"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136"/>
        <source>Sending %v of %m…</source>
        <translation>Sending %v of %m…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="137"/>
        <source>Fetching: %v changes…</source>
        <translation>Fetching: %v changes…</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="138"/>
        <source>Fetching: %v records…</source>
        <translation>Fetching: %v records…</translation>
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
        <translation>Connected to the server.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="157"/>
        <source>Working offline: changes are kept locally and sent when the server is reachable.</source>
        <translation>Working offline: changes are kept locally and sent when the server is reachable.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="162"/>
        <source>Last attempt: {0}</source>
        <translation>Last attempt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="168"/>
        <source>%n pending change</source>
        <translation>%n pending change</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="168"/>
        <source>%n pending changes</source>
        <translation>%n pending changes</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="172"/>
        <source>%n conflict</source>
        <translation>%n conflict</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="172"/>
        <source>%n conflicts</source>
        <translation>%n conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="174"/>
        <source>%n rejected</source>
        <translation>%n rejected</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="176"/>
        <source>Open the conflicts inbox</source>
        <translation>Open the conflicts inbox</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="179"/>
        <source>Last sync: {0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="181"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
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
        <location filename="../../ui/labels.py" line="76"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>module completed</source>
        <translation>module completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>exam passed</source>
        <translation>exam passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>exam failed</source>
        <translation>exam failed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>earned</source>
        <translation>earned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>no access</source>
        <translation>no access</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>not allowed in this state</source>
        <translation>not allowed in this state</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>attachments missing on the server</source>
        <translation>attachments missing on the server</translation>
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
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Alternative name</source>
        <translation>Alternative name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Partner type</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Web domain</source>
        <translation>Web domain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Customer domain</source>
        <translation>Customer domain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Customer e-mail</source>
        <translation>Customer e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Customer country</source>
        <translation>Customer country</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Amount won</source>
        <translation>Amount won</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Approved amount</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Claimed amount</source>
        <translation>Claimed amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Target amount</source>
        <translation>Target amount</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Invoice reference</source>
        <translation>Invoice reference</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Earned on</source>
        <translation>Earned on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Requested until</source>
        <translation>Requested until</translation>
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
        <location filename="../../ui/signin.py" line="191"/>
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
        <location filename="../../ui/signin.py" line="134"/>
        <source>An administrator revoked this device. Ask them to allow it again, or sign in on another device.</source>
        <translation>An administrator revoked this device. Ask them to allow it again, or sign in on another device.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="137"/>
        <source>No sync server answers at this address. Check the URL (and its port).</source>
        <translation>No sync server answers at this address. Check the URL (and its port).</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="140"/>
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
</TS>
