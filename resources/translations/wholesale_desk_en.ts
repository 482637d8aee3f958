<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BasketDialog</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about every %n day(s)</source>
        <translation>
            <numerusform>about every %n day</numerusform>
            <numerusform>about every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Saved %n invoice(s) to the folder.</source>
        <translation>
            <numerusform>Saved %n invoice to the folder.</numerusform>
            <numerusform>Saved %n invoices to the folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n invoice to the printer.</numerusform>
            <numerusform>Sent %n invoices to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n e-mail(s) into the outbox.</source>
        <translation>
            <numerusform>Put %n e-mail into the outbox.</numerusform>
            <numerusform>Put %n e-mails into the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>%n order selected</numerusform>
            <numerusform>%n orders selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n change(s) waiting to go to 1C</source>
        <translation>
            <numerusform>%n change waiting to go to 1C</numerusform>
            <numerusform>%n changes waiting to go to 1C</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, see the sync log</source>
        <translation>
            <numerusform>%n row skipped, see the sync log</numerusform>
            <numerusform>%n rows skipped, see the sync log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted in 1C still have unsent local work. &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n client deleted in 1C still has unsent local work. &lt;a href=&apos;#&apos;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>%n clients deleted in 1C still have unsent local work. &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>Order lines: %n line(s) differ</source>
        <translation>
            <numerusform>Order lines: %n line differs</numerusform>
            <numerusform>Order lines: %n lines differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <source>Connected: 1C accepted the login and publishes %n object(s)</source>
        <translation>
            <numerusform>Connected: 1C accepted the login and publishes %n object</numerusform>
            <numerusform>Connected: 1C accepted the login and publishes %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>Sent to the printer: %n page</numerusform>
            <numerusform>Sent to the printer: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailDelivery</name>
    <message numerus="yes">
        <source>E-mail sent: %n message(s).</source>
        <translation>
            <numerusform>E-mail sent: %n message.</numerusform>
            <numerusform>E-mail sent: %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n e-mail waiting in the outbox</numerusform>
            <numerusform>%n e-mails waiting in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) may not have been sent: see File → Mail outbox</source>
        <translation>
            <numerusform>%n e-mail may not have been sent: see File → Mail outbox</numerusform>
            <numerusform>%n e-mails may not have been sent: see File → Mail outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOutboxDialog</name>
    <message numerus="yes">
        <source>%n message(s) not sent yet.</source>
        <translation>
            <numerusform>%n message not sent yet.</numerusform>
            <numerusform>%n messages not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailStatusButton</name>
    <message numerus="yes">
        <source>✉ %n e-mail(s) waiting</source>
        <translation>
            <numerusform>✉ %n e-mail waiting</numerusform>
            <numerusform>✉ %n e-mails waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n e-mail(s) to check</source>
        <translation>
            <numerusform>⚠ %n e-mail to check</numerusform>
            <numerusform>⚠ %n e-mails to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCaps</name>
    <message numerus="yes">
        <source>{model}: discount up to {cap}%, deferral up to %n day(s) (company setting)</source>
        <translation>
            <numerusform>{model}: discount up to {cap}%, deferral up to %n day (company setting)</numerusform>
            <numerusform>{model}: discount up to {cap}%, deferral up to %n days (company setting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print invoices (%n)…</source>
        <translation>
            <numerusform>&amp;Print invoice (%n)…</numerusform>
            <numerusform>&amp;Print invoices (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unpaid, due in %n day(s)</source>
        <translation>
            <numerusform>unpaid, due in %n day</numerusform>
            <numerusform>unpaid, due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceListReadyDialog</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message numerus="yes">
        <source>of %n client(s)</source>
        <translation>
            <numerusform>of %n client</numerusform>
            <numerusform>of %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last successful sync %n min ago</source>
        <translation>
            <numerusform>last successful sync %n min ago</numerusform>
            <numerusform>last successful sync %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent to 1C</source>
        <translation>
            <numerusform>%n change not sent to 1C</numerusform>
            <numerusform>%n changes not sent to 1C</numerusform>
        </translation>
    </message>
</context>
</TS>
