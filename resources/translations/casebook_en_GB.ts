<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/gui/ProgressPrompt.cpp" line="9"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="64"/>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FormStyle.cpp" line="14"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="29"/>
        <source>Casebook databases (*.casebook *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="30"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="42"/>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ActionsTab</name>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="79"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="80"/>
        <source>Double-click or press F2 on a status to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="93"/>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="112"/>
        <source>Updates of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="95"/>
        <source>Update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="98"/>
        <source>Status after the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="101"/>
        <source>Update text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="102"/>
        <source>What happened, e.g. &quot;Visit made, engaging with support&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="103"/>
        <source>Carry forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="104"/>
        <source>not carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="107"/>
        <source>Record &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="108"/>
        <source>Record update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="117"/>
        <source>Carry to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="125"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="126"/>
        <source>New action, e.g. &quot;Joint visit by housing and police&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="128"/>
        <source>Owner of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="129"/>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="131"/>
        <source>Add ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="132"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="137"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="139"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="154"/>
        <source>%1 (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="168"/>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="202"/>
        <source>Choose an action above to see and add its dated updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="208"/>
        <source>%1  raised, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="227"/>
        <source>new action on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="238"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="243"/>
        <source>update of an action on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CaseListView</name>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="30"/>
        <source>Search subjects, aliases, references and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="32"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="34"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="35"/>
        <source>Active (referred, open, monitoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="36"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="39"/>
        <source>Risk band filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="40"/>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="43"/>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="44"/>
        <source>Area filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="45"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="46"/>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="47"/>
        <source>Open in several groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="80"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CaseListView.cpp" line="100"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="113"/>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="116"/>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="119"/>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CaseTableModel</name>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="64"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="79"/>
        <source>This subject is also open in another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="91"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="92"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="93"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="95"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="96"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="97"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="98"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="99"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CaseWorkspace</name>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="61"/>
        <source>&amp;Close case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="62"/>
        <source>Close the case with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="74"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="75"/>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="76"/>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="77"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="78"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="96"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>&amp;Escalate to JAG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="65"/>
        <source>Refer this sub-group case up to the JAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="67"/>
        <source>Step &amp;down...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="68"/>
        <source>Return this case from the JAG to the sub-group it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="79"/>
        <source>&amp;Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="136"/>
        <source>⚠ This subject is also open in: %1. Agree which group leads before discussing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="153"/>
        <source>closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="163"/>
        <source>escalating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="171"/>
        <source>Escalate %1 to the JAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="172"/>
        <source>Why should the JAG take this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="174"/>
        <source>Not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="182"/>
        <source>stepping down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="191"/>
        <source>Step %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="192"/>
        <source>Why does the JAG no longer need to hold this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="194"/>
        <source>Not stepped down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="224"/>
        <source>Subject: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="225"/>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="226"/>
        <source>Age band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="227"/>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="228"/>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="230"/>
        <source>Group: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="231"/>
        <source>Area: %1    Lead agency: %2    Owner: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="232"/>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="233"/>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="234"/>
        <source>Reason added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="235"/>
        <source>Lawful basis / consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="237"/>
        <source>Closed: %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CloseCaseDialog</name>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="15"/>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="17"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="18"/>
        <source>Choose an outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="23"/>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="28"/>
        <source>Why the case leaves the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="34"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="35"/>
        <source>(no approval needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="42"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="45"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="46"/>
        <source>&amp;Transferred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="47"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="48"/>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="49"/>
        <source>&amp;Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::Launcher</name>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="41"/>
        <source>Creating a demo database of %1 fictional cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="74"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="76"/>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="78"/>
        <source>No demo database made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::LinksTab</name>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="20"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="20"/>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="34"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="20"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="25"/>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="26"/>
        <source>Double-click or press Enter to open a linked case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="31"/>
        <source>Reference of the case to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="32"/>
        <source>Case reference, e.g. LEDG-2024-012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="37"/>
        <source>Link note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="38"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="39"/>
        <source>&amp;Link case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="40"/>
        <source>Link case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="77"/>
        <source>link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="27"/>
        <source>Casebook — DEMO data (fictional) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="28"/>
        <source>Casebook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="52"/>
        <source>DEMO DATABASE: fictional people and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="55"/>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="78"/>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="48"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="81"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="35"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="36"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="38"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="49"/>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="50"/>
        <source>New Casebook database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="53"/>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="54"/>
        <source>Open a Casebook database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="57"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="64"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="66"/>
        <source>New &amp;demo database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="68"/>
        <source>New demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="69"/>
        <source>How many fictional cases? (100,000 takes about 15 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="72"/>
        <source>Save the demo database as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="76"/>
        <source>&amp;Import cases from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="77"/>
        <source>&amp;Export cases to CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="79"/>
        <source>&amp;Who am I...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="85"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="86"/>
        <source>&amp;New case and referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="88"/>
        <source>&amp;Decide referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="89"/>
        <source>&amp;Escalate to the JAG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="91"/>
        <source>&amp;Step down...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="93"/>
        <source>&amp;Close case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="98"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="99"/>
        <source>&amp;Find cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="103"/>
        <source>Focus the &amp;navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="107"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="108"/>
        <source>&amp;My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="109"/>
        <source>&amp;Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="110"/>
        <source>M&amp;eetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="111"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="120"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="122"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="123"/>
        <source>Ctrl+N  new case and referral
Ctrl+F  find cases
Ctrl+0  the navigation pane; arrow keys move through it
Ctrl+1 … Ctrl+5  cases, my actions, overdue actions, meetings, reports
Alt+D, Alt+F, Alt+R, Alt+A, Alt+N, Alt+L  case tabs: details, referrals, risk, actions, notes, linked cases
Ctrl+D  decide the referral awaiting a decision
Ctrl+Shift+E / Ctrl+Shift+S  escalate to the JAG / step down
Ctrl+Shift+C  close the case with an outcome
Arrow keys and Space  pick a risk matrix cell
F2 on an action&apos;s status  change it in place
Ctrl+Enter in a note  add it
Ctrl+Z / Ctrl+Shift+Z  undo / redo any edit
Ctrl+I / Ctrl+E  import / export cases as CSV
Ctrl+O / Ctrl+Shift+N  open / new database
F1  this list;  Ctrl+Q  quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="152"/>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="157"/>
        <source>Who am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="152"/>
        <source>There are no members yet. Add them in the partnership directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="158"/>
        <source>Which member are you? My cases and My actions show what you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="169"/>
        <source>Import cases from a CSV tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="179"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="185"/>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="187"/>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="211"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowMenus.cpp" line="188"/>
        <source>%n row problem(s) in the file. Fix them and import again; nothing was saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="195"/>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="196"/>
        <source>%1 rows checked, no problems: %2 new cases. Import them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="202"/>
        <source>Importing cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="205"/>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="214"/>
        <source>Imported %1 cases (Undo takes the whole import back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="218"/>
        <source>Export the listed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="222"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="225"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="139"/>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="140"/>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="141"/>
        <source>Casebook %1
Case management for Community Safety Partnership JAG meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NavigationPane</name>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="23"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="25"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="26"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="28"/>
        <location filename="../../src/gui/NavigationPane.cpp" line="79"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="28"/>
        <source>Cases you own (choose who you are in File &gt; Who am I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="29"/>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="29"/>
        <source>Cases whose risk review date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="30"/>
        <source>Open in several groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="31"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="33"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="33"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="34"/>
        <source>All outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="39"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="40"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="79"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="89"/>
        <source>%1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="93"/>
        <source>%1, %2 open cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NewCaseDialog</name>
    <message>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="71"/>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="75"/>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="76"/>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="83"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="122"/>
        <source>new case for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NotesTab</name>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="20"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="22"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="23"/>
        <source>A new note: facts, sources and who was told. Ctrl+Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="26"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="28"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="50"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="56"/>
        <source>note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ReferralsTab</name>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="25"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="26"/>
        <source>Deci&amp;de referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="27"/>
        <source>Decide referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="52"/>
        <source> (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="59"/>
        <source>%1: %2 referral to %3, received %4.
Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="65"/>
        <source>Referral %1 awaits the group&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="66"/>
        <source>No referral awaits a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="75"/>
        <source>decision on a referral of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ReportsPage</name>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="15"/>
        <location filename="../../src/gui/ReportsPage.cpp" line="22"/>
        <source>Open cases by group and risk band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="26"/>
        <source>Counts only, never names. Quarterly CSP report drafts in the partnership&apos;s template will be written from these figures (a later release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="41"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="43"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="43"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="75"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::RiskMatrixWidget</name>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="15"/>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="32"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="22"/>
        <source>Likelihood %1, impact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="36"/>
        <source>Likelihood (rows) x impact (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="66"/>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::RiskPanel</name>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="32"/>
        <source>Why this score? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="33"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="34"/>
        <source>&amp;Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="42"/>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="46"/>
        <source>Risk score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="52"/>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="78"/>
        <source>Current: %1   Next review: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="81"/>
        <source>  (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="83"/>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="100"/>
        <source>risk assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="107"/>
        <source>Score %1 meets the escalation threshold: consider escalating to the JAG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
