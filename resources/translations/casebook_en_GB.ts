<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CloseCaseCommand</name>
    <message>
        <location filename="../../src/gui/commands/CloseCaseCommand.cpp" line="10"/>
        <source>closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/commands/CloseCaseCommand.cpp" line="22"/>
        <source>Closure undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/main.cpp" line="29"/>
        <source>Creating a demo database of fictional cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="77"/>
        <location filename="../../src/app/main.cpp" line="85"/>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="85"/>
        <source>The demo database could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAssessmentCommand</name>
    <message>
        <location filename="../../src/gui/commands/RecordAssessmentCommand.cpp" line="9"/>
        <source>risk assessment on %1</source>
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
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="70"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="65"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="67"/>
        <source>&amp;Close case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="68"/>
        <source>Close the case with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="70"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="70"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="70"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="73"/>
        <source>Notes</source>
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
        <location filename="../../src/gui/CaseWorkspace.cpp" line="93"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="122"/>
        <source>This subject is also open in: %1. Agree which group leads before discussing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="163"/>
        <source>Subject: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="164"/>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="165"/>
        <source>Age band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="166"/>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="167"/>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="169"/>
        <source>Group: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="170"/>
        <source>Area: %1    Lead agency: %2    Owner: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="171"/>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="172"/>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="173"/>
        <source>Reason added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="174"/>
        <source>Lawful basis / consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="176"/>
        <source>Closed: %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="188"/>
        <source> (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="198"/>
        <source> (overdue)</source>
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
        <location filename="../../src/gui/MainWindow.cpp" line="46"/>
        <source>DEMO DATABASE: fictional people and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="97"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="101"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="102"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="109"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Find cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="114"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="115"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="116"/>
        <source>Ctrl+F  find cases
Ctrl+Z / Ctrl+Shift+Z  undo / redo
Alt+C  close the case
Alt+D, Alt+F, Alt+R, Alt+A, Alt+N  case tabs
Arrow keys and Space  pick a risk matrix cell
Ctrl+Q  quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="119"/>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="120"/>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="121"/>
        <source>Casebook %1
Case management for Community Safety Partnership JAG meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NavigationPane</name>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="15"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="17"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="19"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="21"/>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="23"/>
        <source>Open in several groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="41"/>
        <source>%1 (%2 open)</source>
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
        <location filename="../../src/gui/RiskPanel.cpp" line="109"/>
        <source>Score %1 meets the escalation threshold: consider escalating to the JAG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
