<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}
Python {python}, Qt {qt}, PySide6 {pyside}
Data folder: {data}</source>
        <translation>Версия {version}
Python {python}, Qt {qt}, PySide6 {pyside}
Папка данных: {data}</translation>
    </message>
    <message>
        <source>About Wholesale Desk</source>
        <translation>О программе Wholesale Desk</translation>
    </message>
    <message>
        <source>Wholesale Desk</source>
        <translation>Wholesale Desk</translation>
    </message>
    <message>
        <source>A sales workstation for wholesale managers: clients, orders and receivables from 1C:Enterprise, available offline.</source>
        <translation>Рабочее место менеджера оптовых продаж: клиенты, заказы и дебиторская задолженность из 1С:Предприятия — и без подключения к сети.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This build cannot open a company yet: the demo and the 1C connection are coming.</source>
        <translation>Эта версия пока не умеет открывать базу: демо-компания и подключение к 1С появятся позже.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document font {path} is missing. Reinstall Wholesale Desk.</source>
        <translation>Не найден шрифт для документов {path}. Переустановите Wholesale Desk.</translation>
    </message>
    <message>
        <source>Our company «{name}» has no {fields}. Fill them in 1C (Организации) or in Settings → Company, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank details of our company «{name}» are incomplete: {fields} not filled in. Fill them in 1C (Организации → Банковские счета) or in Settings → Company, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client «{name}» has no {fields} on its legal entity. Fill in the requisites in 1C (Контрагенты) or on the client card, sync, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} has no lines. Add goods to the order, then print the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commercial offer has no products. Choose at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commercial offer has no addressee. Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends ({start} – {end}). Correct the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client «{name}» has no overdue documents: there is nothing to remind about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>No data yet. Open the demo company or connect to 1C.</source>
        <translation>Данных пока нет. Откройте демо-компанию или подключитесь к 1С.</translation>
    </message>
    <message>
        <source>Open demo company</source>
        <translation>Открыть демо-компанию</translation>
    </message>
    <message>
        <source>Connect to 1C…</source>
        <translation>Подключиться к 1С…</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>No sender address is set. Fill in Settings → E-mail → Sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient address. Enter the client&apos;s e-mail in the To field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} rejected the user name or password for {user}. Check them in Settings → E-mail (some providers need an app password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} does not support {what}. Check the security setting (SSL for port 465, STARTTLS for 587) in Settings → E-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the recipient address {addresses}. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {reply}. Check the sender address in Settings → E-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} refused the message: {reply}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {server} failed ({reason}). Check the security setting (SSL for port 465, STARTTLS for 587) in Settings → E-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} was not found. Check the server name in Settings → E-mail and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the mail server {server} ({reason}). Check the network connection and Settings → E-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the e-mail failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{page} — Wholesale Desk</source>
        <translation>{page} — Wholesale Desk</translation>
    </message>
    <message>
        <source>Wholesale Desk</source>
        <translation>Wholesale Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open &amp;demo company</source>
        <translation>Открыть &amp;демо-компанию</translation>
    </message>
    <message>
        <source>&amp;Connect to 1C…</source>
        <translation>&amp;Подключиться к 1С…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;About Wholesale Desk</source>
        <translation>&amp;О программе Wholesale Desk</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Not a number: «{value}»</source>
        <translation>Не число: «{value}»</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>Not due</source>
        <translation>Не просрочено</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation>Более 90</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Limit used</source>
        <translation>Лимит использован</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Последняя оплата</translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation>Обещал оплатить</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Реализация</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Bank payment</source>
        <translation>Поступление на счёт</translation>
    </message>
    <message>
        <source>Cash receipt</source>
        <translation>Приходный кассовый ордер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Arisen</source>
        <translation>Возникла</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиентов</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <source>Debts have not been synced from 1C yet</source>
        <translation>Задолженность ещё не загружена из 1С</translation>
    </message>
    <message>
        <source>Debts as of {time}</source>
        <translation>Задолженность на {time}</translation>
    </message>
    <message>
        <source>Total debt &lt;b&gt;{debt}&lt;/b&gt; of {clients} clients, overdue &lt;b&gt;&lt;span style=&apos;color:#b02020&apos;&gt;{overdue}&lt;/span&gt;&lt;/b&gt; (1–30: {b1}; 31–60: {b2}; 61–90: {b3}; over 90: {b4})</source>
        <translation>Всего долг &lt;b&gt;{debt}&lt;/b&gt; по {clients} клиентам, просрочено &lt;b&gt;&lt;span style=&apos;color:#b02020&apos;&gt;{overdue}&lt;/span&gt;&lt;/b&gt; (1–30: {b1}; 31–60: {b2}; 61–90: {b3}; более 90: {b4})</translation>
    </message>
    <message>
        <source>Settlement documents of {client}</source>
        <translation>Расчётные документы: {client}</translation>
    </message>
    <message>
        <source>Export receivables</source>
        <translation>Выгрузка задолженности</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Записать звонок…</translation>
    </message>
    <message>
        <source>Payment reminder…</source>
        <translation>Напоминание об оплате…</translation>
    </message>
    <message>
        <source>Reconciliation statement…</source>
        <translation>Акт сверки…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>По клиентам</translation>
    </message>
    <message>
        <source>Settlement documents</source>
        <translation>Расчётные документы</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Список обзвона</translation>
    </message>
    <message>
        <source>Overdue clients, most urgent first (overdue amount × days overdue). Double-click or press Enter to log the call.</source>
        <translation>Клиенты с просрочкой, самые срочные сверху (сумма просрочки × дни просрочки). Двойной щелчок или Enter — записать звонок.</translation>
    </message>
    <message>
        <source>By manager</source>
        <translation>По менеджерам</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Warn and let the order through</source>
        <translation>Предупреждать и пропускать заказ</translation>
    </message>
    <message>
        <source>Block the order</source>
        <translation>Запрещать заказ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>The local copy of your 1C data, settings and logs. Start the app with --data-dir to use another folder.</source>
        <translation>Здесь хранятся локальная копия данных 1С, настройки и журнал. Чтобы использовать другую папку, запустите программу с параметром --data-dir.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронизировать &amp;каждые:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync when the app starts</source>
        <translation>Синхронизировать при запуске</translation>
    </message>
    <message>
        <source>Keep &amp;history for:</source>
        <translation>Хранить &amp;историю за:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>&amp;Credit limit exceeded:</source>
        <translation>&amp;Превышение кредитного лимита:</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The object was deleted in 1C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Send your changes to 1C and fetch fresh data</source>
        <translation>Отправить изменения в 1С и получить свежие данные</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>1C is reachable</source>
        <translation>1С доступна</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>1C is not reachable: you can keep working, changes are sent later</source>
        <translation>1С недоступна: можно продолжать работу, изменения будут отправлены позже</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Синхронизировано только что</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Синхронизировано %n мин назад</numerusform>
            <numerusform>Синхронизировано %n мин назад</numerusform>
            <numerusform>Синхронизировано %n мин назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Синхронизировано в {time}</translation>
    </message>
    <message>
        <source>Synced on {date} {time}</source>
        <translation>Синхронизировано {date} в {time}</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Последняя синхронизация не удалась</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent to 1C</source>
        <translation>
            <numerusform>%n изменение не отправлено в 1С</numerusform>
            <numerusform>%n изменения не отправлены в 1С</numerusform>
            <numerusform>%n изменений не отправлено в 1С</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {error}

The details are in the log file (Help → Open log folder).</source>
        <translation>Что-то пошло не так: {error}

Подробности — в журнале (Справка → Открыть папку журнала).</translation>
    </message>
    <message>
        <source>Wholesale Desk</source>
        <translation>Wholesale Desk</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
</context>
</TS>
