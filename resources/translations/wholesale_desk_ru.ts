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
    <name>ActionsPanel</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Send your changes to 1C? If not, they are dropped.</source>
        <translation>Отправить изменения в 1С? Если нет, они будут отброшены.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not sent to 1C yet: the order waits for a head of sales to approve it (the reasons are above). Once approved, it goes to 1C with the next sync.</source>
        <translation>В 1С пока не отправлен: заказ ждёт согласования руководителя отдела продаж (причины — выше). После согласования он уйдёт в 1С со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>Queued for 1C: it goes with the next sync.</source>
        <translation>Поставлен в очередь в 1С: уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Add the products to offer to the order first.</source>
        <translation>Сначала добавьте в заказ товары, которые хотите предложить.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Cancel this order? If 1C already has it, 1C is told to mark it deleted.</source>
        <translation>Отменить этот заказ? Если он уже в 1С, 1С получит пометку на удаление.</translation>
    </message>
    <message>
        <source>The order is cancelled.</source>
        <translation>Заказ отменён.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (можно: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>нужно одно значение</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>нужно не больше одного значения</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>нужно хотя бы одно значение</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s подходит к %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение %r пропущено</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
</context>
<context>
    <name>BasketDialog</name>
    <message>
        <source>Usual basket</source>
        <translation>Обычная корзина</translation>
    </message>
    <message>
        <source>What the client buys regularly and has not ordered lately:</source>
        <translation>Что клиент берёт регулярно и давно не заказывал:</translation>
    </message>
    <message>
        <source>Nothing the client buys regularly is due now.</source>
        <translation>Сейчас нет регулярных товаров, которые пора заказать.</translation>
    </message>
    <message>
        <source>{article} {name} — {qty}; {times}, {every}, last {last}</source>
        <translation>{article} {name} — {qty}; {times}, {every}, последний {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about every %n day(s)</source>
        <translation>
            <numerusform>примерно раз в %Ln день</numerusform>
            <numerusform>примерно раз в %Ln дня</numerusform>
            <numerusform>примерно раз в %Ln дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Folder for the invoices</source>
        <translation>Папка для счетов</translation>
    </message>
    <message>
        <source>Sent: {subject}</source>
        <translation>Отправлено: {subject}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) to the folder.</source>
        <translation>
            <numerusform>Сохранен %Ln счет в папку.</numerusform>
            <numerusform>Сохранено %Ln счета в папку.</numerusform>
            <numerusform>Сохранено %Ln счетов в папку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to the printer.</source>
        <translation>
            <numerusform>На печать отправлен %Ln счет.</numerusform>
            <numerusform>На печать отправлено %Ln счета.</numerusform>
            <numerusform>На печать отправлено %Ln счетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n e-mail(s) into the outbox.</source>
        <translation>
            <numerusform>В исходящие помещено %Ln письмо.</numerusform>
            <numerusform>В исходящие помещено %Ln письма.</numerusform>
            <numerusform>В исходящие помещено %Ln писем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the invoices already done are kept.</source>
        <translation>Остановлено: уже готовые счета сохранены.</translation>
    </message>
    <message>
        <source>The invoices could not be made.</source>
        <translation>Не удалось подготовить счета.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>Выбран %Ln заказ</numerusform>
            <numerusform>Выбрано %Ln заказа</numerusform>
            <numerusform>Выбрано %Ln заказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Wholesale Desk: a sales workstation over a local cache synced with 1C.</source>
        <translation>Wholesale Desk: рабочее место менеджера по продажам с локальной базой, синхронизируемой с 1С.</translation>
    </message>
    <message>
        <source>folder for the local store, settings and logs (default: the user&apos;s data folder; the WHOLESALE_DESK_HOME variable also sets it)</source>
        <translation>папка локальной базы, настроек и журналов (по умолчанию — папка данных пользователя; её задаёт и переменная WHOLESALE_DESK_HOME)</translation>
    </message>
    <message>
        <source>open the built-in demo company (a local 1C emulator with generated data)</source>
        <translation>открыть встроенную демо-компанию (локальный эмулятор 1С со сгенерированными данными)</translation>
    </message>
    <message>
        <source>test the connection to a 1C base and save it</source>
        <translation>проверить подключение к базе 1С и сохранить его</translation>
    </message>
    <message>
        <source>Test the connection to a 1C base (publication address such as http://server/base, or the full .../odata/standard.odata address) and save it.</source>
        <translation>Проверить подключение к базе 1С (адрес публикации вида http://server/base или полный адрес .../odata/standard.odata) и сохранить его.</translation>
    </message>
    <message>
        <source>the 1C publication address</source>
        <translation>адрес публикации 1С</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>прочитать пароль со стандартного ввода</translation>
    </message>
    <message>
        <source>the 1C server&apos;s time zone (default Europe/Moscow)</source>
        <translation>часовой пояс сервера 1С (по умолчанию Europe/Moscow)</translation>
    </message>
    <message>
        <source>months of documents to keep</source>
        <translation>за сколько месяцев хранить документы</translation>
    </message>
    <message>
        <source>days of documents re-checked each sync</source>
        <translation>за сколько дней документы перепроверяются при каждой синхронизации</translation>
    </message>
    <message>
        <source>minutes between background syncs</source>
        <translation>минут между фоновыми синхронизациями</translation>
    </message>
    <message>
        <source>a PEM file with the company&apos;s CA certificates</source>
        <translation>PEM-файл с сертификатами центра сертификации компании</translation>
    </message>
    <message>
        <source>mapping profile name (default ut115)</source>
        <translation>имя профиля сопоставления (по умолчанию ut115)</translation>
    </message>
    <message>
        <source>1C password: </source>
        <translation>Пароль 1С: </translation>
    </message>
    <message>
        <source>The address holds a login: it is used as --user and the password, and is not saved with the address.</source>
        <translation>В адресе указан логин: он использован как --user и пароль и не сохраняется вместе с адресом.</translation>
    </message>
    <message>
        <source>give your 1C login with --user</source>
        <translation>укажите свой логин 1С в --user</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is not checked; anyone on the network could read or change the exchange. `--verify` turns the check back on.</source>
        <translation>Внимание: сертификат сервера не проверяется; любой в сети может прочитать или изменить обмен. `--verify` снова включает проверку.</translation>
    </message>
    <message>
        <source>1C base: {url}</source>
        <translation>База 1С: {url}</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>доступна</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>не доверенный</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>учётные данные</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>приняты</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонены</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>объекты</translation>
    </message>
    <message>
        <source>{published} of {needed} published</source>
        <translation>опубликовано {published} из {needed}</translation>
    </message>
    <message>
        <source>Saved the connection settings to {path}</source>
        <translation>Настройки подключения сохранены в {path}</translation>
    </message>
    <message>
        <source>your 1C login (required unless the address holds one)</source>
        <translation>ваш логин 1С (обязателен, если его нет в адресе)</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (unsafe)</source>
        <translation>не проверять TLS-сертификат сервера (небезопасно)</translation>
    </message>
    <message>
        <source>verify the server&apos;s TLS certificate again (the default)</source>
        <translation>снова проверять TLS-сертификат сервера (по умолчанию)</translation>
    </message>
    <message>
        <source>note: {message}</source>
        <translation>примечание: {message}</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring.</source>
        <translation>Пароль сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>The password was not saved: the keyring found ({backend}) keeps it unencrypted. Enter it each session: `wholesale-desk sync --password-stdin`.</source>
        <translation>Пароль не сохранён: найденное хранилище паролей ({backend}) хранит его незашифрованным. Вводите его в каждом сеансе: `wholesale-desk sync --password-stdin`.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password was not saved. Pass it to `wholesale-desk sync --password-stdin`.</source>
        <translation>Системное хранилище паролей недоступно: пароль не сохранён. Передавайте его в `wholesale-desk sync --password-stdin`.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <source>Generating the {company} demo company (seed {seed}); this takes a while…</source>
        <translation>Генерируется демо-компания {company} (seed {seed}); это займёт время…</translation>
    </message>
    <message>
        <source>Generated in {seconds} s.</source>
        <translation>Сгенерировано за {seconds} с.</translation>
    </message>
    <message>
        <source>run a demo 1C base (OData over loopback HTTP) in the foreground</source>
        <translation>запустить демо-базу 1С (OData по локальному HTTP) в этом окне</translation>
    </message>
    <message>
        <source>Serve a generated demo company as a 1C:Enterprise OData publication.</source>
        <translation>Опубликовать сгенерированную демо-компанию как OData-публикацию 1С:Предприятия.</translation>
    </message>
    <message>
        <source>address to listen on</source>
        <translation>адрес, на котором слушать</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0 — любой свободный порт</translation>
    </message>
    <message>
        <source>size of the generated company</source>
        <translation>размер генерируемой компании</translation>
    </message>
    <message>
        <source>random seed of the generated company</source>
        <translation>начальное число генератора компании</translation>
    </message>
    <message>
        <source>base file (default: in the data folder)</source>
        <translation>файл базы (по умолчанию — в папке данных)</translation>
    </message>
    <message>
        <source>publication name in the address</source>
        <translation>имя публикации в адресе</translation>
    </message>
    <message>
        <source>Base: {path}</source>
        <translation>База: {path}</translation>
    </message>
    <message>
        <source>Cannot create the demo company: {reason}</source>
        <translation>Не удалось создать демо-компанию: {reason}</translation>
    </message>
    <message>
        <source>1C publication URL</source>
        <translation>Адрес публикации 1С</translation>
    </message>
    <message>
        <source>OData root</source>
        <translation>Корень OData</translation>
    </message>
    <message>
        <source>Users (password for all: {password}):</source>
        <translation>Пользователи (пароль у всех: {password}):</translation>
    </message>
    <message>
        <source>(sees everything)</source>
        <translation>(видит всё)</translation>
    </message>
    <message>
        <source>Faults: POST JSON to /_emulator/faults, e.g. {example}</source>
        <translation>Сбои: POST JSON на /_emulator/faults, например {example}</translation>
    </message>
    <message>
        <source>Ctrl+C stops.</source>
        <translation>Ctrl+C — остановить.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Остановка.</translation>
    </message>
    <message>
        <source>export clients, products, orders or receivables from the local store</source>
        <translation>выгрузить клиентов, номенклатуру, заказы или дебиторскую задолженность из локальной базы</translation>
    </message>
    <message>
        <source>Export from the local store (no network). Columns are listed in the README; column names and values are the same in every language.</source>
        <translation>Выгрузка из локальной базы (без сети). Колонки перечислены в README; имена колонок и значения одинаковы на любом языке.</translation>
    </message>
    <message>
        <source>file to write, or - for standard output (the default)</source>
        <translation>файл для записи или - для стандартного вывода (по умолчанию)</translation>
    </message>
    <message>
        <source>--out FILE is required for xlsx</source>
        <translation>для xlsx нужен --out ФАЙЛ</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>записан {path}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>не дата (ГГГГ-ММ-ДД): {value}</translation>
    </message>
    <message>
        <source>the date {value} is out of range (years {first}–{last})</source>
        <translation>дата {value} вне допустимого диапазона (годы {first}–{last})</translation>
    </message>
    <message>
        <source>the quantity must be more than zero: {value}</source>
        <translation>количество должно быть больше нуля: {value}</translation>
    </message>
    <message>
        <source>{path} is not a picture that can be printed (PNG or JPEG)</source>
        <translation>{path} — не изображение, которое можно напечатать (PNG или JPEG)</translation>
    </message>
    <message>
        <source>price a product for a client from the local store (the order editor&apos;s terms)</source>
        <translation>цена товара для клиента по локальной базе (условия редактора заказа)</translation>
    </message>
    <message>
        <source>Price, each discount with its source, VAT and the payment due date for one product and one client, from the local store (no network).</source>
        <translation>Цена, каждая скидка с её источником, НДС и срок оплаты для одного товара и одного клиента по локальной базе (без сети).</translation>
    </message>
    <message>
        <source>the client&apos;s INN or 1C code</source>
        <translation>ИНН или код клиента в 1С</translation>
    </message>
    <message>
        <source>the product&apos;s article or 1C code</source>
        <translation>артикул или код товара в 1С</translation>
    </message>
    <message>
        <source>quantity (default 1)</source>
        <translation>количество (по умолчанию 1)</translation>
    </message>
    <message>
        <source>order and shipment date, YYYY-MM-DD (default: today)</source>
        <translation>дата заказа и отгрузки, ГГГГ-ММ-ДД (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <source>print one JSON object (English messages, whatever the language)</source>
        <translation>вывести один объект JSON (сообщения на английском при любом языке)</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>за объём</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ручная</translation>
    </message>
    <message>
        <source>order</source>
        <translation>на заказ</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Вид цен</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Manual discount limit</source>
        <translation>Предел ручной скидки</translation>
    </message>
    <message>
        <source>Discounts:</source>
        <translation>Скидки:</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>не применена</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>without VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <source>included</source>
        <translation>в том числе</translation>
    </message>
    <message>
        <source>on top</source>
        <translation>сверху</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>print an invoice, offer, reconciliation statement, reminder or price list</source>
        <translation>напечатать счёт, коммерческое предложение, акт сверки, напоминание или прайс-лист</translation>
    </message>
    <message>
        <source>Render a document from the local store to a PDF file (no network).</source>
        <translation>Сформировать документ из локальной базы в PDF-файл (без сети).</translation>
    </message>
    <message>
        <source>invoice for payment of an order</source>
        <translation>счёт на оплату заказа</translation>
    </message>
    <message>
        <source>commercial offer at a client&apos;s prices</source>
        <translation>коммерческое предложение по ценам клиента</translation>
    </message>
    <message>
        <source>comma-separated articles, codes or names</source>
        <translation>артикулы, коды или наименования через запятую</translation>
    </message>
    <message>
        <source>comma-separated quantities (default 1 each)</source>
        <translation>количества через запятую (по умолчанию по 1)</translation>
    </message>
    <message>
        <source>offer date (default today)</source>
        <translation>дата предложения (по умолчанию сегодня)</translation>
    </message>
    <message>
        <source>reconciliation statement</source>
        <translation>акт сверки взаимных расчётов</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>первый день, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>последний день, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>payment reminder for overdue debt</source>
        <translation>напоминание об оплате просроченного долга</translation>
    </message>
    <message>
        <source>letter date (default today)</source>
        <translation>дата письма (по умолчанию сегодня)</translation>
    </message>
    <message>
        <source>the client&apos;s name, 1C code or INN</source>
        <translation>наименование, код в 1С или ИНН клиента</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <source>image to print as the company logo</source>
        <translation>изображение для логотипа компании</translation>
    </message>
    <message>
        <source>--qty has {given} values for {count} products</source>
        <translation>в --qty {given} знач. на {count} товар(ов)</translation>
    </message>
    <message>
        <source>--qty must be numbers above zero: {raw}</source>
        <translation>--qty должны быть числами больше нуля: {raw}</translation>
    </message>
    <message>
        <source>sync the local store with 1C once, without the window</source>
        <translation>один раз синхронизировать локальную базу с 1С без окна</translation>
    </message>
    <message>
        <source>Push local changes to 1C and pull its changes into the local store.</source>
        <translation>Отправить локальные изменения в 1С и загрузить её изменения в локальную базу.</translation>
    </message>
    <message>
        <source>read the 1C password from standard input</source>
        <translation>прочитать пароль 1С со стандартного ввода</translation>
    </message>
    <message>
        <source>no progress on stderr</source>
        <translation>не выводить ход работы в stderr</translation>
    </message>
    <message>
        <source>re-read everything from 1C, not only what changed (slower)</source>
        <translation>заново прочитать всё из 1С, а не только изменения (дольше)</translation>
    </message>
    <message>
        <source>error: not connected to 1C yet: run `wholesale-desk connect URL --user NAME`</source>
        <translation>ошибка: подключение к 1С ещё не настроено: выполните `wholesale-desk connect URL --user NAME`</translation>
    </message>
    <message>
        <source>error: no saved password (no system keyring?): use --password-stdin</source>
        <translation>ошибка: нет сохранённого пароля (нет системного хранилища?): используйте --password-stdin</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>another sync is running</source>
        <translation>уже идёт другая синхронизация</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go to 1C</source>
        <translation>
            <numerusform>%Ln изменение ждёт отправки в 1С</numerusform>
            <numerusform>%Ln изменения ждут отправки в 1С</numerusform>
            <numerusform>%Ln изменений ждут отправки в 1С</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, see the sync log</source>
        <translation>
            <numerusform>%Ln строка пропущена, см. журнал синхронизации</numerusform>
            <numerusform>%Ln строки пропущены, см. журнал синхронизации</numerusform>
            <numerusform>%Ln строк пропущено, см. журнал синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>a date or number is out of range ({error})</source>
        <translation>дата или число вне допустимого диапазона ({error})</translation>
    </message>
    <message>
        <source>the disk is full ({path})</source>
        <translation>диск заполнен ({path})</translation>
    </message>
    <message>
        <source>no permission to use {path}</source>
        <translation>нет прав на {path}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>unexpected failure ({kind}); the details are in the log {path}</source>
        <translation>непредвиденный сбой ({kind}); подробности в журнале {path}</translation>
    </message>
    <message>
        <source>price list of a price type, or at one client&apos;s own prices</source>
        <translation>прайс-лист по виду цен или по ценам одного клиента</translation>
    </message>
    <message>
        <source>A price list from the local store (no network): the prices of a price type, or a client&apos;s own prices under their agreement, by product group.</source>
        <translation>Прайс-лист из локальной базы (без сети): цены вида цен или собственные цены клиента по его соглашению, по группам номенклатуры.</translation>
    </message>
    <message>
        <source>price type, e.g. «Оптовая»</source>
        <translation>вид цен, например «Оптовая»</translation>
    </message>
    <message>
        <source>comma-separated product groups, each with its subgroups (default: all)</source>
        <translation>группы номенклатуры через запятую, каждая с подгруппами (по умолчанию все)</translation>
    </message>
    <message>
        <source>only products in stock</source>
        <translation>только товары в наличии</translation>
    </message>
    <message>
        <source>show stock: none, bands (in stock / to order) or per warehouse</source>
        <translation>показывать остатки: none — нет, bands — «в наличии / под заказ», warehouses — по складам</translation>
    </message>
    <message>
        <source>the date the prices are valid on (default today)</source>
        <translation>дата, на которую действуют цены (по умолчанию сегодня)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln товар</numerusform>
            <numerusform>%Ln товара</numerusform>
            <numerusform>%Ln товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>← Clients</source>
        <translation>← Клиенты</translation>
    </message>
    <message>
        <source>Commercial o&amp;ffer…</source>
        <translation>Коммерческое &amp;предложение…</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>Прайс-лист…</translation>
    </message>
    <message>
        <source>A price list at this client&apos;s own prices, to print, save or e-mail</source>
        <translation>Прайс-лист по ценам этого клиента: напечатать, сохранить или отправить по почте</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Requisites and addresses</source>
        <translation>Реквизиты и адреса</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Последние события</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Добавить контакт…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Enter on a phone or e-mail calls or writes</source>
        <translation>Enter на телефоне или e-mail — позвонить или написать</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>This client is no longer in the local cache.</source>
        <translation>Этого клиента больше нет в локальной базе.</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>модель: {model}</translation>
    </message>
    <message>
        <source>manager: {name}</source>
        <translation>менеджер: {name}</translation>
    </message>
    <message>
        <source>volume tier {percent}%</source>
        <translation>скидка за объём {percent}%</translation>
    </message>
    <message>
        <source>bonus balance {amount}</source>
        <translation>бонусный баланс {amount}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Code in 1C</source>
        <translation>Код в 1С</translation>
    </message>
    <message>
        <source>No agreement or contract in the local cache.</source>
        <translation>В локальной базе нет соглашения или договора.</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>индивидуальное</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>типовое</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Вид цен</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>Отсрочка</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>График оплаты</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Manual discounts up to</source>
        <translation>Ручные скидки до</translation>
    </message>
    <message>
        <source>1C: the agreement</source>
        <translation>1С: соглашение</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
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
        <source>⚠ Data from 1C may be out of date</source>
        <translation>⚠ Данные из 1С могли устареть</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний заказ</translation>
    </message>
    <message>
        <source>Orders a month</source>
        <translation>Заказов в месяц</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>За 12 месяцев</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>В этом квартале</translation>
    </message>
    <message>
        <source>Enter or double-click to call</source>
        <translation>Enter или двойной щелчок — позвонить</translation>
    </message>
    <message>
        <source>Enter or double-click to write</source>
        <translation>Enter или двойной щелчок — написать</translation>
    </message>
    <message>
        <source>Not yet in 1C</source>
        <translation>Ещё не в 1С</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>This client was deleted in 1C. Its unsent local work is kept and shown here; it will not reach 1C until the client is restored there.</source>
        <translation>Этот клиент удалён в 1С. Его неотправленные локальные записи сохранены и показаны здесь; в 1С они не попадут, пока клиента там не восстановят.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
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
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Sales, 90 days</source>
        <translation>Продажи за 90 дн.</translation>
    </message>
    <message>
        <source>Deleted in 1C; kept here because of unsent local work</source>
        <translation>Удалён в 1С; сохранён здесь из-за неотправленных локальных записей</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>New order: choose the client</source>
        <translation>Новый заказ: выберите клиента</translation>
    </message>
    <message>
        <source>Client name, INN or phone</source>
        <translation>Название клиента, ИНН или телефон</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Search by name, INN, phone, e-mail, city or contact person</source>
        <translation>Поиск по названию, ИНН, телефону, e-mail, городу или контактному лицу</translation>
    </message>
    <message>
        <source>Overdue debt</source>
        <translation>С просрочкой</translation>
    </message>
    <message>
        <source>No order for</source>
        <translation>Без заказов</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Any cooperation model</source>
        <translation>Любая модель сотрудничества</translation>
    </message>
    <message>
        <source>Showing clients deleted in 1C that still have unsent local work. &lt;a href=&apos;#&apos;&gt;Back to all clients&lt;/a&gt;</source>
        <translation>Показаны клиенты, удалённые в 1С, у которых остались неотправленные записи. &lt;a href=&apos;#&apos;&gt;Вернуться ко всем клиентам&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted in 1C still have unsent local work. &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln клиент, удалённый в 1С, ещё хранит неотправленные записи. &lt;a href=&apos;#&apos;&gt;Показать&lt;/a&gt;</numerusform>
            <numerusform>%Ln клиента, удалённых в 1С, ещё хранят неотправленные записи. &lt;a href=&apos;#&apos;&gt;Показать&lt;/a&gt;</numerusform>
            <numerusform>%Ln клиентов, удалённых в 1С, ещё хранят неотправленные записи. &lt;a href=&apos;#&apos;&gt;Показать&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Сумма: {amount}</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Prefix search: &quot;ром&quot; finds Ромашка; ё and е are the same. Ctrl+F</source>
        <translation>Поиск по началу слова: «ром» найдёт «Ромашку»; ё и е не различаются. Ctrl+F</translation>
    </message>
    <message>
        <source>Log a call, meeting or note (Ctrl+I)</source>
        <translation>Записать звонок, встречу или заметку (Ctrl+I)</translation>
    </message>
    <message>
        <source>New client (Ctrl+Alt+N)</source>
        <translation>Новый клиент (Ctrl+Alt+N)</translation>
    </message>
</context>
<context>
    <name>ClientsVocabulary</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>1–30 days overdue</source>
        <translation>Просрочка 1–30 дн.</translation>
    </message>
    <message>
        <source>31–60 days overdue</source>
        <translation>Просрочка 31–60 дн.</translation>
    </message>
    <message>
        <source>61–90 days overdue</source>
        <translation>Просрочка 61–90 дн.</translation>
    </message>
    <message>
        <source>over 90 days overdue</source>
        <translation>Просрочка более 90 дн.</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>безналичная оплата</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
</context>
<context>
    <name>ClientsWorkspace</name>
    <message>
        <source>Task due: {title}</source>
        <translation>Пора выполнить задачу: {title}</translation>
    </message>
    <message>
        <source>Search everywhere…</source>
        <translation>Искать везде…</translation>
    </message>
    <message>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>{client} has ordered nothing in the last 12 months. Make the offer from an order: a new order (Ctrl+N), the products, then “Commercial offer…”.</source>
        <translation>{client} ничего не заказывал за последние 12 месяцев. Сделайте предложение из заказа: новый заказ (Ctrl+N), товары, затем «Коммерческое предложение…».</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Наша организация</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Status in 1C</source>
        <translation>Статус в 1С</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Дата отгрузки</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Цена включает НДС</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>График оплаты</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Помечен на удаление</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Прочие сведения</translation>
    </message>
    <message>
        <source>Order {number} · {client}</source>
        <translation>Заказ {number} · {client}</translation>
    </message>
    <message>
        <source>Contact {name} · {client}</source>
        <translation>Контактное лицо {name} · {client}</translation>
    </message>
    <message>
        <source>Client {name}</source>
        <translation>Клиент {name}</translation>
    </message>
    <message>
        <source>A record changed in 1C ({name})</source>
        <translation>Запись, изменённая в 1С ({name})</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(ещё без номера)</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Не согласован</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>To be secured</source>
        <translation>К обеспечению</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>К отгрузке</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(not in the local store)</source>
        <translation>(нет в локальной базе)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(несколько значений)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts with 1C</source>
        <translation>Конфликты с 1С</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>These were changed here and in 1C at the same time. Neither version was overwritten: compare them and choose which one stays. Differences are marked.</source>
        <translation>Это изменили и здесь, и в 1С одновременно. Ни одна версия не перезаписана: сравните их и выберите, какая останется. Различия выделены.</translation>
    </message>
    <message>
        <source>Yours (this computer)</source>
        <translation>Ваша (на этом компьютере)</translation>
    </message>
    <message>
        <source>In 1C now</source>
        <translation>Сейчас в 1С</translation>
    </message>
    <message>
        <source>Your lines</source>
        <translation>Ваши строки</translation>
    </message>
    <message>
        <source>Lines in 1C</source>
        <translation>Строки в 1С</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Send your version to 1C with the next sync; 1C&apos;s changes are replaced</source>
        <translation>Отправить вашу версию в 1С со следующей синхронизацией; изменения в 1С будут заменены</translation>
    </message>
    <message>
        <source>Take 1C&apos;s</source>
        <translation>Взять из 1С</translation>
    </message>
    <message>
        <source>Drop your changes; the next sync brings 1C&apos;s version here</source>
        <translation>Отменить ваши изменения; следующая синхронизация принесёт сюда версию из 1С</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No conflicts: everything agrees with 1C.</source>
        <translation>Конфликтов нет: всё совпадает с 1С.</translation>
    </message>
    <message numerus="yes">
        <source>Order lines: %n line(s) differ</source>
        <translation>
            <numerusform>Строки заказа: различается %Ln строка</numerusform>
            <numerusform>Строки заказа: различаются %Ln строки</numerusform>
            <numerusform>Строки заказа: различаются %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: the same on both sides</source>
        <translation>Строки заказа: одинаковы в обеих версиях</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>(строки нет)</translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation>Не удалось сохранить выбор.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Enter your 1C user name</source>
        <translation>Введите имя пользователя 1С</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Проверяем подключение…</translation>
    </message>
    <message>
        <source>1C did not answer</source>
        <translation>1С не ответила</translation>
    </message>
    <message numerus="yes">
        <source>Connected: 1C accepted the login and publishes %n object(s)</source>
        <translation>
            <numerusform>Подключено: 1С приняла вход и публикует %Ln объект</numerusform>
            <numerusform>Подключено: 1С приняла вход и публикует %Ln объекта</numerusform>
            <numerusform>Подключено: 1С приняла вход и публикует %Ln объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection could not be tested.</source>
        <translation>Не удалось проверить подключение.</translation>
    </message>
    <message>
        <source>Open a company</source>
        <translation>Открыть компанию</translation>
    </message>
    <message>
        <source>Wholesale Desk works on a copy of your company&apos;s 1C data kept on this computer, so it works without a network too. Try it on the demo company, or connect to your 1C base.</source>
        <translation>Wholesale Desk работает с копией данных 1С вашей компании на этом компьютере, поэтому работает и без сети. Попробуйте на демо-компании или подключитесь к своей базе 1С.</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>Открыть демо-компанию</translation>
    </message>
    <message>
        <source>A generated wholesale distributor served by a local 1C emulator; nothing leaves this computer.</source>
        <translation>Сгенерированный оптовый дистрибьютор на локальном эмуляторе 1С; данные не покидают компьютер.</translation>
    </message>
    <message>
        <source>Connect to 1C</source>
        <translation>Подключиться к 1С</translation>
    </message>
    <message>
        <source>&amp;Address of the base:</source>
        <translation>&amp;Адрес базы:</translation>
    </message>
    <message>
        <source>1C &amp;user:</source>
        <translation>&amp;Пользователь 1С:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Server &amp;time zone:</source>
        <translation>&amp;Часовой пояс сервера:</translation>
    </message>
    <message>
        <source>&amp;History to load, months:</source>
        <translation>&amp;Загружать историю, месяцев:</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>&amp;Проверять TLS-сертификат сервера</translation>
    </message>
    <message>
        <source>Company &amp;CA certificate:</source>
        <translation>&amp;Корневой сертификат компании:</translation>
    </message>
    <message>
        <source>optional PEM file</source>
        <translation>необязательный файл PEM</translation>
    </message>
    <message>
        <source>I am a head of sales (I approve discounts beyond a manager&apos;s limit)</source>
        <translation>Я руководитель отдела продаж (согласую скидки сверх лимита менеджера)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Подк&amp;лючиться</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the address of the 1C base</source>
        <translation>Введите адрес базы 1С</translation>
    </message>
    <message>
        <source>Not a web address of a 1C base: {url}</source>
        <translation>Это не веб-адрес базы 1С: {url}</translation>
    </message>
    <message>
        <source>The CA certificate file {path} does not exist: give the right file with --ca-bundle (or in the connection settings).</source>
        <translation>Файл сертификатов центра сертификации {path} не существует: укажите верный файл в --ca-bundle (или в настройках подключения).</translation>
    </message>
    <message>
        <source>The connection settings file {path} is damaged ({error}): connect to 1C again (`wholesale-desk connect` or Connect in the window) to rewrite it.</source>
        <translation>Файл настроек подключения {path} повреждён ({error}): подключитесь к 1С заново (`wholesale-desk connect` или «Подключиться» в окне), чтобы записать его снова.</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Not an e-mail address (expected name@domain.ru)</source>
        <translation>Это не адрес e-mail (ожидается имя@домен.ru)</translation>
    </message>
    <message>
        <source>A phone may contain only digits, spaces, +, -, ( and )</source>
        <translation>Телефон может содержать только цифры, пробелы, +, -, ( и )</translation>
    </message>
    <message>
        <source>A phone needs 7 to 15 digits, not {count}</source>
        <translation>В телефоне должно быть от 7 до 15 цифр, а не {count}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Surname Name</source>
        <translation>Фамилия Имя</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+7 (916) 123-45-67</source>
        <translation>+7 (916) 123-45-67</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;День рождения:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известен</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Cooperation</name>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>Personalised</source>
        <translation>Персонализированная</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёрская</translation>
    </message>
</context>
<context>
    <name>Credit</name>
    <message>
        <source>Debt {debt} + this order {order} + unsent orders {unsent} = {exposure} exceeds the credit limit {limit}</source>
        <translation>Долг {debt} + этот заказ {order} + неотправленные заказы {unsent} = {exposure} превышает кредитный лимит {limit}</translation>
    </message>
    <message>
        <source>Overdue debt {overdue} exceeds the allowed {allowed}</source>
        <translation>Просроченный долг {overdue} превышает допустимый {allowed}</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Preparing the document</source>
        <translation>Подготовка документа</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>Invoice {n} of {total}</source>
        <translation>Счет {n} из {total}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <source>{title}: {client} has no e-mail address. Add one to a contact on the client&apos;s card.</source>
        <translation>{title}: у клиента «{client}» нет адреса электронной почты. Добавьте его контактному лицу в карточке клиента.</translation>
    </message>
</context>
<context>
    <name>DocumentBatchDialog</name>
    <message>
        <source>Invoices for several orders</source>
        <translation>Счета по нескольким заказам</translation>
    </message>
    <message>
        <source>&amp;Print all</source>
        <translation>&amp;Напечатать все</translation>
    </message>
    <message>
        <source>&amp;Save all as PDF to a folder</source>
        <translation>&amp;Сохранить все в PDF в папку</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;E-mail each invoice to its client</source>
        <translation>&amp;Отправить каждый счет его клиенту по почте</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DocumentMailOutboxDialog</name>
    <message>
        <source>Mail outbox</source>
        <translation>Исходящая почта</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Отправить &amp;сейчас</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;повторно</translation>
    </message>
    <message>
        <source>It &amp;was sent</source>
        <translation>Письмо &amp;дошло</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>DocumentMailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Настройки почты</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Сервер почты (SMTP):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Имя отправителя:</translation>
    </message>
    <message>
        <source>Your p&amp;hone (on letters):</source>
        <translation>Ваш &amp;телефон (в письмах):</translation>
    </message>
    <message>
        <source>Su&amp;bject template:</source>
        <translation>Шаблон т&amp;емы:</translation>
    </message>
    <message>
        <source>Message &amp;template:</source>
        <translation>Шаблон &amp;письма:</translation>
    </message>
    <message>
        <source>Placeholders: {title}, {document}, {number}, {date}, {client}, {manager}, {company}</source>
        <translation>Подстановки: {title} — заголовок документа, {document} — вид, {number} — номер, {date} — дата, {client} — клиент, {manager} — менеджер, {company} — наша организация</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Отправить про&amp;бное письмо</translation>
    </message>
</context>
<context>
    <name>DocumentPeriodDialog</name>
    <message>
        <source>Reconciliation statement</source>
        <translation>Акт сверки</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;почте…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>Отправлена на печать %Ln страница</numerusform>
            <numerusform>Отправлено на печать %Ln страницы</numerusform>
            <numerusform>Отправлено на печать %Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>The e-mail is in the outbox and is being sent.</source>
        <translation>Письмо в исходящих и отправляется.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
</context>
<context>
    <name>DocumentSendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Отправка по почте</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Адреса через запятую</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Вложение:</translation>
    </message>
    <message>
        <source>Mail &amp;settings…</source>
        <translation>&amp;Настройки почты…</translation>
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
        <translation>У нашей организации «{name}» не заполнено: {fields}. Заполните в 1С (Организации) или в Настройки → Организация и напечатайте снова.</translation>
    </message>
    <message>
        <source>The bank details of our company «{name}» are incomplete: {fields} not filled in. Fill them in 1C (Организации → Банковские счета) or in Settings → Company, then print again.</source>
        <translation>Банковские реквизиты нашей организации «{name}» неполные: не заполнено {fields}. Заполните их в 1С (Организации → Банковские счета) или в Настройки → Организация и напечатайте снова.</translation>
    </message>
    <message>
        <source>The client «{name}» has no {fields} on its legal entity. Fill in the requisites in 1C (Контрагенты) or on the client card, sync, then print again.</source>
        <translation>У контрагента клиента «{name}» не заполнено: {fields}. Заполните реквизиты в 1С (Контрагенты) или в карточке клиента, синхронизируйте и напечатайте снова.</translation>
    </message>
    <message>
        <source>Invoice {number} has no lines. Add goods to the order, then print the invoice.</source>
        <translation>В счете {number} нет строк. Добавьте товары в заказ и напечатайте счет снова.</translation>
    </message>
    <message>
        <source>The commercial offer has no products. Choose at least one product.</source>
        <translation>В коммерческом предложении нет товаров. Выберите хотя бы один товар.</translation>
    </message>
    <message>
        <source>The commercial offer has no addressee. Choose a client.</source>
        <translation>У коммерческого предложения нет адресата. Выберите клиента.</translation>
    </message>
    <message>
        <source>The period starts after it ends ({start} – {end}). Correct the dates.</source>
        <translation>Начало периода позже его конца ({start} – {end}). Исправьте даты.</translation>
    </message>
    <message>
        <source>The client «{name}» has no overdue documents: there is nothing to remind about.</source>
        <translation>У клиента «{name}» нет просроченных документов: напоминать не о чем.</translation>
    </message>
    <message>
        <source>Printed without the payment QR code: our company&apos;s {fields} is missing or not in the form a bank accepts (БИК 9 digits, accounts 20). Fix it in 1C (Организации → Банковские счета) and print again.</source>
        <translation>Напечатано без QR-кода для оплаты: у нашей организации не заполнено или заполнено не так, как принимает банк: {fields} (БИК — 9 цифр, счета — 20). Исправьте в 1С (Организации → Банковские счета) и напечатайте снова.</translation>
    </message>
    <message>
        <source>{client} is marked for deletion in 1C: no documents are printed for it.</source>
        <translation>{client} помечен на удаление в 1С: документы по нему не печатаются.</translation>
    </message>
    <message>
        <source>Several orders match «{ref}»: {numbers}. Give the full number.</source>
        <translation>Под «{ref}» подходят несколько заказов: {numbers}. Укажите полный номер.</translation>
    </message>
    <message>
        <source>No order «{ref}» in the local store. Check the number, or sync with 1C.</source>
        <translation>Заказа «{ref}» нет в локальной базе. Проверьте номер или синхронизируйтесь с 1С.</translation>
    </message>
    <message>
        <source>Our company&apos;s requisites are not in the local store. Sync with 1C (Организации) or fill them in Settings → Company.</source>
        <translation>Реквизитов нашей организации нет в локальной базе. Синхронизируйтесь с 1С (Организации) или заполните их в Настройки → Организация.</translation>
    </message>
    <message>
        <source>Order {number} is cancelled or rejected by 1C: no invoice can be printed for it. Copy it into a new order if the client still wants the goods.</source>
        <translation>Заказ {number} отменён или отклонён 1С: счёт по нему напечатать нельзя. Скопируйте его в новый заказ, если клиенту по-прежнему нужен товар.</translation>
    </message>
    <message>
        <source>The order&apos;s client is not in the local store.</source>
        <translation>Клиента этого заказа нет в локальной базе.</translation>
    </message>
    <message>
        <source>«{product}» cannot be offered to this client: {problem}. Remove it from the offer or set its price in 1C.</source>
        <translation>«{product}» нельзя предложить этому клиенту: {problem}. Уберите его из предложения или установите цену в 1С.</translation>
    </message>
    <message>
        <source>The invoice is not in the local store.</source>
        <translation>Счета нет в локальной базе.</translation>
    </message>
    <message>
        <source>Invoice {number} is paid: there is nothing to remind about.</source>
        <translation>Счет {number} оплачен: напоминать не о чем.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>E-&amp;mail settings…</source>
        <translation>Настройки &amp;почты…</translation>
    </message>
    <message>
        <source>Mail &amp;outbox…</source>
        <translation>Исходящая п&amp;очта…</translation>
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
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>Nothing you typed is lost. If it happens again, send the log file to your administrator ({menu_path}).</source>
        <translation>Всё введённое сохранено. Если ошибка повторится, отправьте файл журнала администратору ({menu_path}).</translation>
    </message>
    <message>
        <source>There is no permission to write or read {path}. Choose another folder.</source>
        <translation>Нет прав на запись или чтение {path}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} does not exist (the folder may have been moved or removed).</source>
        <translation>{path} не существует (папку могли переместить или удалить).</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>Диск заполнен: освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Wholesale Desk</source>
        <translation>Wholesale Desk</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>Never synced with 1C: the debts shown may not be 1C&apos;s figures.</source>
        <translation>Синхронизации с 1С ещё не было: показанные долги могут не совпадать с 1С.</translation>
    </message>
    <message>
        <source>Data from 1C is older than {hours} h (last successful sync {when}): debts may have changed since. Sync with 1C before relying on them.</source>
        <translation>Данные из 1С старше {hours} ч (последняя успешная синхронизация {when}): долги могли измениться. Синхронизируйтесь с 1С, прежде чем на них опираться.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>Clients, contacts, order numbers, products…</source>
        <translation>Клиенты, контакты, номера заказов, товары…</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ — выбрать, Enter — открыть, Esc — закрыть</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>New order for {client}</source>
        <translation>Новый заказ: {client}</translation>
    </message>
    <message>
        <source>Order No. {number} for {client}</source>
        <translation>Заказ № {number}: {client}</translation>
    </message>
    <message>
        <source>Order for {client}</source>
        <translation>Заказ: {client}</translation>
    </message>
    <message>
        <source>invoice: {status}</source>
        <translation>счет: {status}</translation>
    </message>
    <message>
        <source>1C refused the order: {message}</source>
        <translation>1С не приняла заказ: {message}</translation>
    </message>
    <message>
        <source>Returned by the head of sales: {reason}</source>
        <translation>Возвращён руководителем: {reason}</translation>
    </message>
    <message>
        <source>The order was changed in 1C while your changes were on their way. Open {menu_path} to keep yours or take 1C&apos;s.</source>
        <translation>Заказ изменили в 1С, пока ваши изменения были в пути. Откройте {menu_path}, чтобы оставить вашу версию или взять версию из 1С.</translation>
    </message>
    <message>
        <source>Save the order first: the invoice shows the saved figures.</source>
        <translation>Сначала сохраните заказ: счёт печатается по сохранённым данным.</translation>
    </message>
    <message>
        <source>The invoice for payment in the print preview</source>
        <translation>Счёт на оплату в предварительном просмотре</translation>
    </message>
    <message>
        <source>Waiting for a head of sales to approve the order.</source>
        <translation>Заказ ждёт согласования руководителя отдела продаж.</translation>
    </message>
    <message>
        <source>On its way to 1C: it goes with the next sync.</source>
        <translation>Заказ в пути в 1С: уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>none (company terms)</source>
        <translation>нет (общие условия компании)</translation>
    </message>
    <message>
        <source>by agreement ({days})</source>
        <translation>по соглашению ({days})</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>К&amp;онтакт:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>О чём договорились</translation>
    </message>
    <message>
        <source>Sati&amp;sfaction:</source>
        <translation>&amp;Удовлетворённость:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Next step (becomes a task)</source>
        <translation>&amp;Следующий шаг (станет задачей)</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>e.g. Send the price list</source>
        <translation>например, отправить прайс-лист</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>&amp;Promise to pay (the receivables view shows it; a task follows it up)</source>
        <translation>&amp;Обещание оплатить (видно в дебиторке, задача проконтролирует)</translation>
    </message>
    <message>
        <source>Pays by:</source>
        <translation>Оплатит до:</translation>
    </message>
    <message>
        <source>Amount, ₽:</source>
        <translation>Сумма, ₽:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>(the client in general)</source>
        <translation>(клиент в целом)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Log interaction — {client}</source>
        <translation>Взаимодействие — {client}</translation>
    </message>
    <message>
        <source>Check the payment promised by {date}</source>
        <translation>Проверить оплату, обещанную до {date}</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <source>This client is no longer in the local cache</source>
        <translation>Этого клиента больше нет в локальной базе</translation>
    </message>
    <message>
        <source>Give a subject or a text</source>
        <translation>Укажите тему или текст</translation>
    </message>
    <message>
        <source>A satisfaction score is from 1 to 5</source>
        <translation>Оценка удовлетворённости — от 1 до 5</translation>
    </message>
    <message>
        <source>This person is not a contact of the client</source>
        <translation>Это не контактное лицо данного клиента</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Длительность не может быть отрицательной</translation>
    </message>
    <message>
        <source>Say what the next step is</source>
        <translation>Укажите, в чём следующий шаг</translation>
    </message>
    <message>
        <source>A promise to pay is for a day from now on</source>
        <translation>Обещанная дата оплаты не может быть в прошлом</translation>
    </message>
    <message>
        <source>The promised amount must be above zero</source>
        <translation>Обещанная сумма должна быть больше нуля</translation>
    </message>
</context>
<context>
    <name>InvalidInput</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>(not in 1C yet)</source>
        <translation>(еще не в 1С)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%Ln счет</numerusform>
            <numerusform>%Ln счета</numerusform>
            <numerusform>%Ln счетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln просрочен</numerusform>
            <numerusform>%Ln просрочено</numerusform>
            <numerusform>%Ln просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>A payment reminder about the selected unpaid invoice (or double-click it)</source>
        <translation>Напоминание об оплате выбранного неоплаченного счета (или дважды щелкните по нему)</translation>
    </message>
    <message>
        <source>&amp;Unpaid only</source>
        <translation>&amp;Только неоплаченные</translation>
    </message>
    <message>
        <source>&amp;Reminder letter…</source>
        <translation>&amp;Письмо-напоминание…</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>The client has no earlier order to repeat.</source>
        <translation>У клиента нет прежнего заказа, который можно повторить.</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>Give a client&apos;s name, code or ИНН.</source>
        <translation>Укажите наименование, код или ИНН клиента.</translation>
    </message>
    <message>
        <source>No client «{ref}» in the local store. Give its name, code or ИНН.</source>
        <translation>Клиента «{ref}» нет в локальной базе. Укажите наименование, код или ИНН.</translation>
    </message>
    <message>
        <source>Several clients match «{ref}»: {names}. Give the code or ИНН.</source>
        <translation>Под «{ref}» подходят несколько клиентов: {names}. Укажите код или ИНН.</translation>
    </message>
    <message>
        <source>Several products match «{ref}»: {names}. Give the 1C code.</source>
        <translation>Под «{ref}» подходят несколько товаров: {names}. Укажите код 1С.</translation>
    </message>
    <message>
        <source>No product «{ref}» in the local store. Give its article, code or name.</source>
        <translation>Товара «{ref}» нет в локальной базе. Укажите артикул, код или наименование.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>No sender address is set. Fill in Settings → E-mail → Sender address.</source>
        <translation>Не указан адрес отправителя. Заполните его: Файл → Настройки почты → Адрес отправителя.</translation>
    </message>
    <message>
        <source>No recipient address. Enter the client&apos;s e-mail in the To field.</source>
        <translation>Не указан адрес получателя. Введите адрес клиента в поле «Кому».</translation>
    </message>
    <message>
        <source>The mail server {server} rejected the user name or password for {user}. Check them in Settings → E-mail (some providers need an app password).</source>
        <translation>Почтовый сервер {server} не принял логин или пароль {user}. Проверьте их в меню Файл → Настройки почты (некоторым почтовым службам нужен пароль приложения).</translation>
    </message>
    <message>
        <source>The mail server {server} does not accept a login on this connection. Check the security setting in Settings → E-mail (servers usually accept a login only over SSL or STARTTLS), or clear the user name.</source>
        <translation>Почтовый сервер {server} не принимает вход по такому соединению. Проверьте защиту в меню Файл → Настройки почты (обычно вход возможен только через SSL или STARTTLS) или очистите логин.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS. Choose SSL (usually port 465) or no encryption in Settings → E-mail.</source>
        <translation>Почтовый сервер {server} не поддерживает STARTTLS. Выберите SSL (обычно порт 465) или соединение без защиты в меню Файл → Настройки почты.</translation>
    </message>
    <message>
        <source>The mail user name or password contains non-Latin characters, which SMTP login does not allow. Check the keyboard layout and Settings → E-mail.</source>
        <translation>Логин или пароль почты содержит нелатинские буквы, а вход по SMTP их не допускает. Проверьте раскладку клавиатуры и меню Файл → Настройки почты.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient address {addresses}. Check the address.</source>
        <translation>Почтовый сервер отклонил адрес получателя {addresses}. Проверьте адрес.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {reply}. Check the sender address in Settings → E-mail.</source>
        <translation>Почтовый сервер отклонил адрес отправителя {sender}: {reply}. Проверьте адрес отправителя в меню Файл → Настройки почты.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the message: {reply}.</source>
        <translation>Почтовый сервер {server} отклонил письмо: {reply}.</translation>
    </message>
    <message>
        <source>The secure connection to {server} failed ({reason}). Check the security setting (SSL for port 465, STARTTLS for 587) in Settings → E-mail.</source>
        <translation>Не удалось установить защищенное соединение с {server} ({reason}). Проверьте защиту (SSL для порта 465, STARTTLS для 587) в меню Файл → Настройки почты.</translation>
    </message>
    <message>
        <source>The mail server {host} was not found. Check the server name in Settings → E-mail and the network connection.</source>
        <translation>Почтовый сервер {host} не найден. Проверьте имя сервера в меню Файл → Настройки почты и подключение к сети.</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server {server} ({reason}). Check the network connection and Settings → E-mail.</source>
        <translation>Не удается подключиться к почтовому серверу {server} ({reason}). Проверьте подключение к сети и меню Файл → Настройки почты.</translation>
    </message>
    <message>
        <source>Sending the e-mail failed: {reason}.</source>
        <translation>Не удалось отправить письмо: {reason}.</translation>
    </message>
</context>
<context>
    <name>MailDelivery</name>
    <message numerus="yes">
        <source>E-mail sent: %n message(s).</source>
        <translation>
            <numerusform>Отправлено писем: %Ln.</numerusform>
            <numerusform>Отправлено писем: %Ln.</numerusform>
            <numerusform>Отправлено писем: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up e-mail in File → E-mail settings</source>
        <translation>настройте почту: Файл → Настройки почты</translation>
    </message>
    <message>
        <source>will be sent on the next connection</source>
        <translation>уйдут при следующем подключении</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) waiting in the outbox</source>
        <translation>
            <numerusform>%Ln письмо ждет в исходящих</numerusform>
            <numerusform>%Ln письма ждут в исходящих</numerusform>
            <numerusform>%Ln писем ждут в исходящих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) may not have been sent: see File → Mail outbox</source>
        <translation>
            <numerusform>%Ln письмо, возможно, не отправлено: см. Файл → Исходящая почта</numerusform>
            <numerusform>%Ln письма, возможно, не отправлены: см. Файл → Исходящая почта</numerusform>
            <numerusform>%Ln писем, возможно, не отправлены: см. Файл → Исходящая почта</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOutbox</name>
    <message>
        <source>No recipient address. Enter the client&apos;s e-mail in the To field.</source>
        <translation>Не указан адрес получателя. Введите адрес клиента в поле «Кому».</translation>
    </message>
    <message>
        <source>«{address}» is not an e-mail address. Correct it in the To field.</source>
        <translation>«{address}» — не адрес электронной почты. Исправьте его в поле «Кому».</translation>
    </message>
    <message>
        <source>The e-mail has no subject. Fill in the Subject field.</source>
        <translation>У письма нет темы. Заполните поле «Тема».</translation>
    </message>
    <message>
        <source>Interrupted while the mail server was receiving the message: it may have been sent. Check your Sent folder, then send it again or mark it as sent.</source>
        <translation>Отправка прервалась, когда сервер принимал письмо: возможно, оно ушло. Проверьте папку «Отправленные», затем отправьте письмо повторно или отметьте, что оно дошло.</translation>
    </message>
    <message>
        <source>Sending e-mail</source>
        <translation>Отправка почты</translation>
    </message>
</context>
<context>
    <name>MailOutboxDialog</name>
    <message numerus="yes">
        <source>%n message(s) not sent yet.</source>
        <translation>
            <numerusform>Не отправлено %Ln письмо.</numerusform>
            <numerusform>Не отправлено %Ln письма.</numerusform>
            <numerusform>Не отправлено %Ln писем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every e-mail has been sent.</source>
        <translation>Все письма отправлены.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждет отправки</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>No system keyring is available, so the mail password is kept in memory only: you will be asked for it again after restarting the app.</source>
        <translation>Системное хранилище паролей недоступно, поэтому пароль почты хранится только в памяти: после перезапуска программы его нужно будет ввести снова.</translation>
    </message>
    <message>
        <source>Wholesale Desk: test message</source>
        <translation>Wholesale Desk: пробное письмо</translation>
    </message>
    <message>
        <source>The e-mail settings work: documents can be sent from Wholesale Desk.</source>
        <translation>Настройки почты работают: документы можно отправлять из Wholesale Desk.</translation>
    </message>
    <message>
        <source>Test message sent to {to}.</source>
        <translation>Пробное письмо отправлено на {to}.</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Отправка пробного письма</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без защиты</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (обычно порт 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (обычно порт 465)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>Пароль хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept in memory until the app is closed.</source>
        <translation>Системное хранилище паролей недоступно: пароль хранится в памяти до закрытия программы.</translation>
    </message>
</context>
<context>
    <name>MailStatusButton</name>
    <message numerus="yes">
        <source>✉ %n e-mail(s) waiting</source>
        <translation>
            <numerusform>✉ %Ln письмо ждет отправки</numerusform>
            <numerusform>✉ %Ln письма ждут отправки</numerusform>
            <numerusform>✉ %Ln писем ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n e-mail(s) to check</source>
        <translation>
            <numerusform>⚠ %Ln письмо нужно проверить</numerusform>
            <numerusform>⚠ %Ln письма нужно проверить</numerusform>
            <numerusform>⚠ %Ln писем нужно проверить</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the mail outbox</source>
        <translation>Открыть исходящую почту</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsafe connection</source>
        <translation>Небезопасное подключение</translation>
    </message>
    <message>
        <source>The 1C server&apos;s certificate is not checked: anyone on the network could read or change the exchange. Turn the check on in the connection settings.</source>
        <translation>Сертификат сервера 1С не проверяется: любой в сети может прочитать или изменить обмен. Включите проверку в настройках подключения.</translation>
    </message>
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
    <name>ModelCaps</name>
    <message numerus="yes">
        <source>{model}: discount up to {cap}%, deferral up to %n day(s) (company setting)</source>
        <translation>
            <numerusform>{model}: скидка до {cap}%, отсрочка до %Ln дня (настройка компании)</numerusform>
            <numerusform>{model}: скидка до {cap}%, отсрочка до %Ln дней (настройка компании)</numerusform>
            <numerusform>{model}: скидка до {cap}%, отсрочка до %Ln дней (настройка компании)</numerusform>
        </translation>
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
    <name>NewClient</name>
    <message>
        <source>A client with this INN already exists: {names}</source>
        <translation>Клиент с таким ИНН уже есть: {names}</translation>
    </message>
    <message>
        <source>A sole trader has no KPP</source>
        <translation>У индивидуального предпринимателя нет КПП</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>As the client is known, e.g. Romashka</source>
        <translation>Как клиента называют, например «Ромашка»</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное наименование:</translation>
    </message>
    <message>
        <source>e.g. LLC &quot;Romashka&quot;</source>
        <translation>например, ООО «Ромашка»</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>&amp;КПП:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+7 (495) 123-45-67</source>
        <translation>+7 (495) 123-45-67</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>This INN is already in use:</source>
        <translation>Этот ИНН уже используется:</translation>
    </message>
    <message>
        <source>Save anyway if this really is another client (a branch, say).</source>
        <translation>Сохраните всё равно, если это действительно другой клиент (например, филиал).</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Commercial offer to {client}</source>
        <translation>Коммерческое предложение для {client}</translation>
    </message>
    <message>
        <source>What the client ordered in the last 12 months, at today&apos;s prices for them. Untick what not to offer; the quantity can be changed.</source>
        <translation>Что клиент заказывал за последние 12 месяцев, по его сегодняшним ценам. Снимите отметку с того, что не предлагать; количество можно изменить.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Last ordered</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Show the offer</source>
        <translation>Показать предложение</translation>
    </message>
    <message>
        <source>The quantity of {product} must be above 0.</source>
        <translation>Количество «{product}» должно быть больше 0.</translation>
    </message>
    <message>
        <source>Tick at least one product to offer.</source>
        <translation>Отметьте хотя бы один товар для предложения.</translation>
    </message>
</context>
<context>
    <name>OneC</name>
    <message>
        <source>{name} is not published: ask your 1C administrator to add {name} to the OData interface</source>
        <translation>{name} не опубликован: попросите администратора 1С добавить {name} в состав интерфейса OData</translation>
    </message>
    <message>
        <source>The secure connection to 1C failed: {error}. Check the server&apos;s certificate or the CA bundle in the connection settings.</source>
        <translation>Не удалось установить защищённое соединение с 1С: {error}. Проверьте сертификат сервера или корневой сертификат в настройках подключения.</translation>
    </message>
    <message>
        <source>1C at {host} could not be reached ({error}). Check the address and the network.</source>
        <translation>Не удалось связаться с 1С на {host} ({error}). Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <source>{error} — still failing after {attempts} attempts. The sync stopped; nothing is lost, and the next sync will try again.</source>
        <translation>{error} — ошибка повторилась {attempts} раз(а). Синхронизация остановлена; ничего не потеряно, следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>1C refused the login or password. Enter them again.{detail}</source>
        <translation>1С не приняла имя пользователя или пароль. Введите их заново.{detail}</translation>
    </message>
    <message>
        <source>1C is unavailable (HTTP {status})</source>
        <translation>1С недоступна (HTTP {status})</translation>
    </message>
    <message>
        <source>1C answered HTTP {status} to {url}</source>
        <translation>1С ответила HTTP {status} на запрос {url}</translation>
    </message>
    <message>
        <source>1C is unavailable: {message}</source>
        <translation>1С недоступна: {message}</translation>
    </message>
    <message>
        <source>1C is busy (a lock conflict): {message}</source>
        <translation>1С занята (конфликт блокировок): {message}</translation>
    </message>
    <message>
        <source>1C refused the change: {message}</source>
        <translation>1С отклонила изменение: {message}</translation>
    </message>
    <message>
        <source>1C did not accept our query for {entity}: {message}. The mapping profile may not fit this 1C configuration.</source>
        <translation>1С не приняла наш запрос к {entity}: {message}. Возможно, профиль сопоставления не подходит к этой конфигурации 1С.</translation>
    </message>
    <message>
        <source>1C error {code}: {message}</source>
        <translation>Ошибка 1С {code}: {message}</translation>
    </message>
    <message>
        <source>1C sent an empty reply to {url}</source>
        <translation>1С прислала пустой ответ на {url}</translation>
    </message>
    <message>
        <source>1C answered with a web page instead of data. Check the publication address, and that the OData interface is published.</source>
        <translation>1С ответила веб-страницей вместо данных. Проверьте адрес публикации и что интерфейс OData опубликован.</translation>
    </message>
    <message>
        <source>1C answered in XML instead of JSON: a proxy or web server between us and 1C dropped the $format option. Ask your administrator to pass query strings through unchanged.</source>
        <translation>1С ответила в формате XML вместо JSON: прокси или веб-сервер между нами и 1С отбросил параметр $format. Попросите администратора передавать параметры запроса без изменений.</translation>
    </message>
    <message>
        <source>1C answered in an unexpected format ({ctype})</source>
        <translation>1С ответила в неожиданном формате ({ctype})</translation>
    </message>
    <message>
        <source>1C&apos;s reply was cut short</source>
        <translation>Ответ 1С оборвался</translation>
    </message>
    <message>
        <source>1C&apos;s reply for {what} has an unexpected shape</source>
        <translation>Ответ 1С для {what} имеет неожиданную структуру</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Соглашение:</translation>
    </message>
    <message>
        <source>Price type:</source>
        <translation>Вид цен:</translation>
    </message>
    <message>
        <source>Cooperation model:</source>
        <translation>Модель сотрудничества:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>&amp;Дата доставки:</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Склад:</translation>
    </message>
    <message>
        <source>Delivery &amp;address:</source>
        <translation>&amp;Адрес доставки:</translation>
    </message>
    <message>
        <source>Payment deferral, days:</source>
        <translation>Отсрочка оплаты, дней:</translation>
    </message>
    <message>
        <source>Order &amp;discount, %:</source>
        <translation>Ски&amp;дка на заказ, %:</translation>
    </message>
    <message>
        <source>&amp;Bonus points to redeem:</source>
        <translation>Списать &amp;бонусов:</translation>
    </message>
    <message>
        <source>&amp;Repeat last order</source>
        <translation>&amp;Повторить прошлый заказ</translation>
    </message>
    <message>
        <source>&amp;Usual basket…</source>
        <translation>&amp;Обычная корзина…</translation>
    </message>
    <message>
        <source>&amp;Paste from Excel</source>
        <translation>&amp;Вставить из Excel</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Commercial o&amp;ffer…</source>
        <translation>Коммерческое пре&amp;дложение…</translation>
    </message>
    <message>
        <source>&amp;Print invoice…</source>
        <translation>Счёт на о&amp;плату…</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>Send to &amp;1C</source>
        <translation>Отправить в &amp;1С</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Type an article, code or name…</source>
        <translation>Введите артикул, код или название…</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>without VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <source>Not in stock</source>
        <translation>Нет на складах</translation>
    </message>
    <message>
        <source>not in stock</source>
        <translation>нет на складах</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>On the way to 1C</source>
        <translation>В пути в 1С</translation>
    </message>
    <message>
        <source>In 1C</source>
        <translation>В 1С</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружены</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачены</translation>
    </message>
    <message>
        <source>Rejected by 1C</source>
        <translation>Отклонены 1С</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменены</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <source>(not in 1C yet)</source>
        <translation>(ещё не в 1С)</translation>
    </message>
    <message>
        <source>Changed in 1C while your edit was on its way: open {menu_path} to choose.</source>
        <translation>Изменён в 1С, пока ваша правка была в пути: откройте {menu_path}, чтобы выбрать версию.</translation>
    </message>
    <message>
        <source>1C refused it: {message}</source>
        <translation>1С не приняла: {message}</translation>
    </message>
    <message>
        <source>Sync: {message}</source>
        <translation>Синхронизация: {message}</translation>
    </message>
    <message>
        <source>Returned by the head of sales: {reason}</source>
        <translation>Возвращён руководителем: {reason}</translation>
    </message>
    <message>
        <source>1C refused the approval: {message}</source>
        <translation>1С отказала в согласовании: {message}</translation>
    </message>
    <message>
        <source>Needs approval:</source>
        <translation>Требует согласования:</translation>
    </message>
    <message>
        <source>Approved in 1C on {when} by {who}</source>
        <translation>Согласован в 1С {when}, согласовал {who}</translation>
    </message>
    <message>
        <source>Approved in 1C on {when}</source>
        <translation>Согласован в 1С {when}</translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message>
        <source>{orders}, {amount} ₽</source>
        <translation>{orders}, {amount} ₽</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest {shown} shown</source>
        <translation>показаны последние {shown}</translation>
    </message>
    <message>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>The order has no products to offer.</source>
        <translation>В заказе нет товаров для предложения.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Approve the order</source>
        <translation>Согласовать заказ</translation>
    </message>
    <message>
        <source>A comment for 1C (optional); the approval is sent with the next sync:</source>
        <translation>Комментарий для 1С (необязательно); согласование уйдёт при следующей синхронизации:</translation>
    </message>
    <message>
        <source>Reject the order</source>
        <translation>Отклонить заказ</translation>
    </message>
    <message>
        <source>Why? The manager will see this:</source>
        <translation>Причина (её увидит менеджер):</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Cancel order {number} for {client}?</source>
        <translation>Отменить заказ {number} клиента {client}?</translation>
    </message>
    <message>
        <source>New order: choose the client (Ctrl+N)</source>
        <translation>Новый заказ: выбрать клиента (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Print invoice…</source>
        <translation>Счёт на о&amp;плату…</translation>
    </message>
    <message>
        <source>Print, save as PDF or e-mail the invoices of the selected orders</source>
        <translation>Напечатать, сохранить в PDF или отправить по почте счета выбранных заказов</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print invoices (%n)…</source>
        <translation>
            <numerusform>&amp;Печать счетов (%Ln)…</numerusform>
            <numerusform>&amp;Печать счетов (%Ln)…</numerusform>
            <numerusform>&amp;Печать счетов (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders are waiting for approval. An order whose discount is beyond the manager&apos;s limit goes to 1C as not approved and comes here.</source>
        <translation>Нет заказов на согласовании. Заказ со скидкой сверх предела менеджера уходит в 1С несогласованным и появляется здесь.</translation>
    </message>
    <message>
        <source>Find by order number or client (Ctrl+F)</source>
        <translation>Найти по номеру заказа или клиенту (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Find by number or client</source>
        <translation>Поиск по номеру или клиенту</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Cancel the order</source>
        <translation>О&amp;тменить заказ</translation>
    </message>
    <message>
        <source>Commercial o&amp;ffer…</source>
        <translation>Коммерческое пре&amp;дложение…</translation>
    </message>
    <message>
        <source>&amp;Print invoices…</source>
        <translation>&amp;Печать счетов…</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Очередь согласования</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Откл&amp;онить…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Согласовать</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <source>Sent to 1C</source>
        <translation>Отправлен в 1С</translation>
    </message>
    <message>
        <source>Accepted by 1C</source>
        <translation>Принят 1С</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Shipped partly</source>
        <translation>Отгружен частично</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Rejected by 1C</source>
        <translation>Отклонён 1С</translation>
    </message>
    <message>
        <source>Conflict with 1C</source>
        <translation>Конфликт с 1С</translation>
    </message>
    <message>
        <source>The order is cancelled or refused by 1C: no invoice can be printed for it.</source>
        <translation>Заказ отменён или отклонён 1С: счёт по нему напечатать нельзя.</translation>
    </message>
    <message>
        <source>The order is not approved yet: a head of sales must approve it before an invoice is printed.</source>
        <translation>Заказ ещё не согласован: счёт можно напечатать после согласования руководителем отдела продаж.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Строка {n}: {problem}</translation>
    </message>
    <message>
        <source>The delivery date {day} is in the past</source>
        <translation>Дата доставки {day} уже прошла</translation>
    </message>
    <message>
        <source>Choose the warehouse to ship from</source>
        <translation>Выберите склад отгрузки</translation>
    </message>
    <message>
        <source>The price is zero</source>
        <translation>Цена равна нулю</translation>
    </message>
    <message>
        <source>The order is no longer in the local store</source>
        <translation>Заказа больше нет в локальной базе</translation>
    </message>
    <message>
        <source>As recorded on the order</source>
        <translation>Как записано в заказе</translation>
    </message>
    <message>
        <source>Automatic discount: -{amount}</source>
        <translation>Автоматическая скидка: -{amount}</translation>
    </message>
    <message>
        <source>Manual discount {percent}%: -{amount}</source>
        <translation>Ручная скидка {percent}%: -{amount}</translation>
    </message>
    <message>
        <source>The order is {state} and cannot be changed now</source>
        <translation>Заказ в состоянии «{state}», сейчас его нельзя изменить</translation>
    </message>
    <message>
        <source>1C already holds this order: send your changes to 1C instead</source>
        <translation>Этот заказ уже в 1С: отправьте изменения в 1С</translation>
    </message>
    <message>
        <source>The order cannot be sent to 1C:
{problems}</source>
        <translation>Заказ нельзя отправить в 1С:
{problems}</translation>
    </message>
    <message>
        <source>The order is {state}: there is nothing to approve</source>
        <translation>Заказ в состоянии «{state}»: согласовывать нечего</translation>
    </message>
    <message>
        <source>The order is {state}: there is nothing to reject</source>
        <translation>Заказ в состоянии «{state}»: отклонять нечего</translation>
    </message>
    <message>
        <source>The order is {state} and cannot be cancelled</source>
        <translation>Заказ в состоянии «{state}», его нельзя отменить</translation>
    </message>
    <message>
        <source>Row {row}: «{value}» is not a quantity</source>
        <translation>Строка {row}: «{value}» — не количество</translation>
    </message>
    <message>
        <source>Row {row}: no product with the article «{article}»</source>
        <translation>Строка {row}: нет товара с артикулом «{article}»</translation>
    </message>
    <message>
        <source>Row {row}: the quantity must be greater than zero</source>
        <translation>Строка {row}: количество должно быть больше нуля</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} — это папка: укажите имя файла</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} — не папка</translation>
    </message>
    <message>
        <source>The folder {folder} may not be written to</source>
        <translation>В папку {folder} нельзя записывать</translation>
    </message>
    <message>
        <source>{path} may not be written to</source>
        <translation>В {path} нельзя записывать</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written</source>
        <translation>Диск заполнен: {path} не записан</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>Папка {folder} не существует</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <source>partly paid ({paid} of {total})</source>
        <translation>оплачен частично ({paid} из {total})</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>просрочен на %Ln день</numerusform>
            <numerusform>просрочен на %Ln дня</numerusform>
            <numerusform>просрочен на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>unpaid, due today</source>
        <translation>не оплачен, срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>unpaid, due in %n day(s)</source>
        <translation>
            <numerusform>не оплачен, срок через %Ln день</numerusform>
            <numerusform>не оплачен, срок через %Ln дня</numerusform>
            <numerusform>не оплачен, срок через %Ln дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Reconciliation statement with {client} for the period:</source>
        <translation>Акт сверки с «{client}» за период:</translation>
    </message>
    <message>
        <source>Reconciliation statement for the period:</source>
        <translation>Акт сверки за период:</translation>
    </message>
</context>
<context>
    <name>PlanFactChart</name>
    <message>
        <source>Net sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>thousand ₽</source>
        <translation>тыс. ₽</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>1C: {name}</source>
        <translation>1С: {name}</translation>
    </message>
    <message>
        <source>company setting</source>
        <translation>настройка компании</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>Discount «{name}» ({where}) skipped: {why}</source>
        <translation>Скидка «{name}» ({where}) пропущена: {why}</translation>
    </message>
    <message>
        <source>this order from {threshold}</source>
        <translation>этот заказ от {threshold}</translation>
    </message>
    <message>
        <source>this order up to {threshold}</source>
        <translation>этот заказ до {threshold}</translation>
    </message>
    <message>
        <source>sales per {period} from {threshold}</source>
        <translation>продажи за период «{period}» от {threshold}</translation>
    </message>
    <message>
        <source>sales per {period} up to {threshold}</source>
        <translation>продажи за период «{period}» до {threshold}</translation>
    </message>
    <message>
        <source>1C publishes no discount policy ({names}): the documented default volume tiers apply (15% from 1 000 000 a quarter, 20% from 5 000 000), shown as defaults</source>
        <translation>1С не публикует скидки ({names}): действуют ступени по умолчанию (15% от 1 000 000 за квартал, 20% от 5 000 000), они помечены как значения по умолчанию</translation>
    </message>
    <message>
        <source>1C publishes no users&apos; sales settings ({name}): managers get the documented default manual-discount limit of 5%, shown as a default</source>
        <translation>1С не публикует настройки продаж пользователей ({name}): у менеджеров предел ручной скидки по умолчанию 5%, он помечен как значение по умолчанию</translation>
    </message>
    <message>
        <source>its condition «{name}» is of a kind not supported ({kind})</source>
        <translation>её условие «{name}» неподдерживаемого вида ({kind})</translation>
    </message>
    <message>
        <source>its condition «{name}» counts «{criterion}», not the amount</source>
        <translation>её условие «{name}» считает «{criterion}», а не сумму</translation>
    </message>
    <message>
        <source>its condition «{name}» compares by «{comparison}»</source>
        <translation>её условие «{name}» сравнивает как «{comparison}»</translation>
    </message>
    <message>
        <source>its condition «{name}» has a negative threshold</source>
        <translation>у её условия «{name}» отрицательный порог</translation>
    </message>
    <message>
        <source>its condition «{name}» accumulates over «{period}» «{variant}»</source>
        <translation>её условие «{name}» накапливает за «{period}» «{variant}»</translation>
    </message>
    <message>
        <source>discount «{name}»: its percent {percent} is not from 0 to 100</source>
        <translation>скидка «{name}»: процент {percent} не от 0 до 100</translation>
    </message>
    <message>
        <source>«{name}»: a negative manual-discount limit {percent}: no manual discount is allowed without approval</source>
        <translation>«{name}»: отрицательный предел ручной скидки {percent}: любая ручная скидка требует согласования</translation>
    </message>
    <message>
        <source>it gives «{method}», not a percent</source>
        <translation>она даёт «{method}», а не процент</translation>
    </message>
    <message>
        <source>its percent {percent} is not from 0 to 100</source>
        <translation>её процент {percent} не от 0 до 100</translation>
    </message>
    <message>
        <source>its condition {key} is not in the local store</source>
        <translation>её условия {key} нет в локальной базе</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Several product groups are called «{ref}»: {paths}.</source>
        <translation>Несколько групп номенклатуры называются «{ref}»: {paths}.</translation>
    </message>
    <message>
        <source>No product group «{ref}» in the local store.</source>
        <translation>В локальной базе нет группы номенклатуры «{ref}».</translation>
    </message>
    <message>
        <source>No price type «{ref}». Price types: {known}.</source>
        <translation>Нет вида цен «{ref}». Виды цен: {known}.</translation>
    </message>
    <message>
        <source>There are no prices of type «{price_type}» in the local store. Set them in 1C and synchronise.</source>
        <translation>В локальной базе нет цен вида «{price_type}». Установите их в 1С и синхронизируйте.</translation>
    </message>
    <message>
        <source>{date} is before the first price of type «{price_type}» ({first}). Choose a later date.</source>
        <translation>{date} — раньше первой цены вида «{price_type}» ({first}). Выберите более позднюю дату.</translation>
    </message>
    <message>
        <source>Choose either a price type or a client, not both.</source>
        <translation>Выберите либо вид цен, либо клиента, но не то и другое.</translation>
    </message>
    <message>
        <source>The client&apos;s price type is not in the local store. Synchronise with 1C.</source>
        <translation>Вида цен клиента нет в локальной базе. Синхронизируйте с 1С.</translation>
    </message>
    <message>
        <source>Nothing in the chosen groups is in stock. Clear «In stock only».</source>
        <translation>В выбранных группах нет товаров в наличии. Снимите флажок «Только в наличии».</translation>
    </message>
    <message>
        <source>The price list was cancelled.</source>
        <translation>Составление прайс-листа отменено.</translation>
    </message>
    <message>
        <source>The group «{group}» has no products with prices of type «{price_type}».</source>
        <translation>В группе «{group}» нет товаров с ценами вида «{price_type}».</translation>
    </message>
    <message>
        <source>No product has a price of type «{price_type}» in the local store.</source>
        <translation>В локальной базе ни у одного товара нет цены вида «{price_type}».</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Pricing products</source>
        <translation>Расчёт цен</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Запись файла</translation>
    </message>
    <message>
        <source>There are no price types in the local store yet: synchronise with 1C.</source>
        <translation>В локальной базе ещё нет видов цен: синхронизируйте с 1С.</translation>
    </message>
    <message>
        <source>Making the price list</source>
        <translation>Составление прайс-листа</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <source>In stock / to order</source>
        <translation>В наличии / под заказ</translation>
    </message>
    <message>
        <source>Quantity at each warehouse</source>
        <translation>Количество на каждом складе</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Составить</translation>
    </message>
    <message>
        <source>Price list for {client}</source>
        <translation>Прайс-лист для {client}</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Price &amp;type:</source>
        <translation>&amp;Вид цен:</translation>
    </message>
    <message>
        <source>The &amp;client&apos;s own prices:</source>
        <translation>&amp;Цены клиента:</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Группы номенклатуры</translation>
    </message>
    <message>
        <source>Tick the groups to list (each with its subgroups); none ticked lists every product.</source>
        <translation>Отметьте группы для прайс-листа (каждая с подгруппами); если не отмечено ничего, войдут все товары.</translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation>&amp;Остатки:</translation>
    </message>
    <message>
        <source>&amp;In stock only</source>
        <translation>Только в &amp;наличии</translation>
    </message>
    <message>
        <source>Prices &amp;on:</source>
        <translation>Цены &amp;на:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
</context>
<context>
    <name>PriceListMenu</name>
    <message>
        <source>&amp;Price lists…</source>
        <translation>&amp;Прайс-листы…</translation>
    </message>
</context>
<context>
    <name>PriceListReadyDialog</name>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Save price list</source>
        <translation>Сохранить прайс-лист</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The e-mail is in the outbox and is being sent.</source>
        <translation>Письмо в исходящих и отправляется.</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln товар</numerusform>
            <numerusform>%Ln товара</numerusform>
            <numerusform>%Ln товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;почте…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Price type of the agreement {agreement}</source>
        <translation>Вид цен соглашения {agreement}</translation>
    </message>
    <message>
        <source>The agreement {agreement} is not valid on {date}: the client&apos;s own price type</source>
        <translation>Соглашение {agreement} не действует на {date}: вид цен клиента</translation>
    </message>
    <message>
        <source>The client&apos;s own price type</source>
        <translation>Вид цен клиента</translation>
    </message>
    <message>
        <source>The agreement {agreement} is not valid on {date}: the company&apos;s base wholesale price type</source>
        <translation>Соглашение {agreement} не действует на {date}: базовый оптовый вид цен компании</translation>
    </message>
    <message>
        <source>The company&apos;s base wholesale price type</source>
        <translation>Базовый оптовый вид цен компании</translation>
    </message>
    <message>
        <source>Discount {percent}% exceeds the {cap}% cap of the standard model</source>
        <translation>Скидка {percent}% превышает предел {cap}% стандартной модели</translation>
    </message>
    <message>
        <source>Discount {percent}% exceeds the {cap}% cap of the personalised model</source>
        <translation>Скидка {percent}% превышает предел {cap}% индивидуальной модели</translation>
    </message>
    <message>
        <source>Discount {percent}% exceeds the {cap}% cap of the partner model</source>
        <translation>Скидка {percent}% превышает предел {cap}% партнёрской модели</translation>
    </message>
    <message>
        <source>Deferral of {days} days exceeds the {cap}-day cap of the standard model</source>
        <translation>Отсрочка {days} дн. превышает предел {cap} дн. стандартной модели</translation>
    </message>
    <message>
        <source>Deferral of {days} days exceeds the {cap}-day cap of the personalised model</source>
        <translation>Отсрочка {days} дн. превышает предел {cap} дн. индивидуальной модели</translation>
    </message>
    <message>
        <source>Deferral of {days} days exceeds the {cap}-day cap of the partner model</source>
        <translation>Отсрочка {days} дн. превышает предел {cap} дн. партнёрской модели</translation>
    </message>
    <message>
        <source>Agreement {agreement} discount {percent}%: -{amount}</source>
        <translation>Скидка по соглашению {agreement} {percent}%: -{amount}</translation>
    </message>
    <message>
        <source>Volume tier {percent}%: the quarter&apos;s shipments with this order come to {volume}, the tier starts at {threshold}: -{amount}</source>
        <translation>Скидка за объём {percent}%: отгрузки квартала с этим заказом — {volume}, порог {threshold}: -{amount}</translation>
    </message>
    <message>
        <source>Discount {name} {percent}%: this order comes to {volume}, the condition is {threshold}: -{amount}</source>
        <translation>Скидка {name} {percent}%: этот заказ на {volume}, условие — {threshold}: −{amount}</translation>
    </message>
    <message>
        <source>Discount {name} {percent}%: sales per {period} with this order come to {volume}, the condition is {threshold}: -{amount}</source>
        <translation>Скидка {name} {percent}%: продажи за период «{period}» с этим заказом — {volume}, условие — {threshold}: −{amount}</translation>
    </message>
    <message>
        <source>Discount {name} {percent}%: -{amount}</source>
        <translation>Скидка {name} {percent}%: −{amount}</translation>
    </message>
    <message>
        <source>Agreement discount {percent}% not applied: a larger discount applies</source>
        <translation>Скидка по соглашению {percent}% не применена: действует бо́льшая скидка</translation>
    </message>
    <message>
        <source>Volume tier {percent}% not applied: a larger discount applies</source>
        <translation>Скидка за объём {percent}% не применена: действует бо́льшая скидка</translation>
    </message>
    <message>
        <source>Manual discount {percent}%: -{amount}</source>
        <translation>Ручная скидка {percent}%: -{amount}</translation>
    </message>
    <message>
        <source>Order discount {percent}%: -{amount}</source>
        <translation>Скидка на заказ {percent}%: -{amount}</translation>
    </message>
    <message>
        <source>at least {amount}</source>
        <translation>не менее {amount}</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>не более {amount}</translation>
    </message>
    <message>
        <source>Add {amount} ₽ to reach the {percent}% tier</source>
        <translation>Добавьте {amount} ₽, чтобы получить скидку {percent}%</translation>
    </message>
    <message>
        <source>Quantity must be greater than zero, not {qty}</source>
        <translation>Количество должно быть больше нуля, а не {qty}</translation>
    </message>
    <message>
        <source>No price of type {price_type}</source>
        <translation>Нет цены вида «{price_type}»</translation>
    </message>
    <message>
        <source>A discount must be from 0 to 100%, not {percent}%</source>
        <translation>Скидка должна быть от 0 до 100%, а не {percent}%</translation>
    </message>
    <message>
        <source>Discount {percent}% exceeds the agreement&apos;s manual-discount limit of {limit}% ({where})</source>
        <translation>Скидка {percent}% больше предела ручной скидки соглашения {limit}% ({where})</translation>
    </message>
    <message>
        <source>Discount {percent}% exceeds your own limit of {limit}% ({where})</source>
        <translation>Скидка {percent}% больше вашего предела {limit}% ({where})</translation>
    </message>
    <message>
        <source>Discount {percent}% exceeds your own limit of {limit}%</source>
        <translation>Скидка {percent}% превышает ваш лимит {limit}%</translation>
    </message>
    <message>
        <source>Price after discounts {price} is below the purchase price {purchase}</source>
        <translation>Цена со скидками {price} ниже закупочной {purchase}</translation>
    </message>
    <message>
        <source>The order has no lines</source>
        <translation>В заказе нет строк</translation>
    </message>
    <message>
        <source>The shipment date {shipment} is before the order date {order}</source>
        <translation>Дата отгрузки {shipment} раньше даты заказа {order}</translation>
    </message>
    <message>
        <source>Payment stages add up to {percent}%, not 100%</source>
        <translation>Этапы оплаты в сумме дают {percent}%, а не 100%</translation>
    </message>
    <message>
        <source>  source: {where}</source>
        <translation>  источник: {where}</translation>
    </message>
    <message>
        <source>Price type: {price_type}</source>
        <translation>Вид цен: {price_type}</translation>
    </message>
    <message>
        <source>Base price {price} × {qty} = {gross}</source>
        <translation>Базовая цена {price} × {qty} = {gross}</translation>
    </message>
    <message>
        <source>Manual discounts up to {limit}% ({where})</source>
        <translation>Ручные скидки до {limit}% ({where})</translation>
    </message>
    <message>
        <source>Amount {amount}</source>
        <translation>Сумма {amount}</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>VAT {rate}% included: {vat}</source>
        <translation>В том числе НДС {rate}%: {vat}</translation>
    </message>
    <message>
        <source>VAT {rate}% on top: {vat}</source>
        <translation>НДС {rate}% сверху: {vat}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The 1C mapping profile is invalid at {where}: {problem}</source>
        <translation>Профиль сопоставления с 1С содержит ошибку в {where}: {problem}</translation>
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
        <source>{kind} {number} of {date}</source>
        <translation>{kind} {number} от {date}</translation>
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
        <source>Total debt &lt;b&gt;{debt}&lt;/b&gt; {of_clients}, overdue &lt;b&gt;&lt;span style=&apos;color:#b02020&apos;&gt;{overdue}&lt;/span&gt;&lt;/b&gt; (1–30: {b1}; 31–60: {b2}; 61–90: {b3}; over 90: {b4})</source>
        <translation>Всего долг &lt;b&gt;{debt}&lt;/b&gt; {of_clients}, просрочено &lt;b&gt;&lt;span style=&apos;color:#b02020&apos;&gt;{overdue}&lt;/span&gt;&lt;/b&gt; (1–30: {b1}; 31–60: {b2}; 61–90: {b3}; более 90: {b4})</translation>
    </message>
    <message numerus="yes">
        <source>of %n client(s)</source>
        <translation>
            <numerusform>по %Ln клиенту</numerusform>
            <numerusform>по %Ln клиентам</numerusform>
            <numerusform>по %Ln клиентам</numerusform>
        </translation>
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
        <source>Find a client by name (Ctrl+F)</source>
        <translation>Найти клиента по названию (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log a call about the selected client&apos;s debt (Ctrl+L)</source>
        <translation>Записать звонок по долгу выбранного клиента (Ctrl+L)</translation>
    </message>
    <message>
        <source>Recalculate from the local data</source>
        <translation>Пересчитать по локальным данным</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
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
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Wholesale Desk: reminders</source>
        <translation>Wholesale Desk: напоминания</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Пора выполнить задачу</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Clients bought</source>
        <translation>Купили клиентов</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Отгрузок</translation>
    </message>
    <message>
        <source>Average shipment</source>
        <translation>Средняя отгрузка</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Plan fulfilment</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Last shipment</source>
        <translation>Последняя отгрузка</translation>
    </message>
    <message>
        <source>First shipment</source>
        <translation>Первая отгрузка</translation>
    </message>
    <message>
        <source>Sales in the previous period</source>
        <translation>Продажи в прошлом периоде</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>By manager</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation>Лучшие клиенты</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Лучшие товары</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Stopped buying</source>
        <translation>Перестали покупать</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>previous period {amount}</source>
        <translation>прошлый период {amount}</translation>
    </message>
    <message>
        <source>no plan for the period</source>
        <translation>плана на период нет</translation>
    </message>
    <message>
        <source>of {plan}</source>
        <translation>от плана {plan}</translation>
    </message>
    <message>
        <source>average order {amount}</source>
        <translation>средний заказ {amount}</translation>
    </message>
    <message>
        <source>purchase prices unknown</source>
        <translation>закупочные цены неизвестны</translation>
    </message>
    <message>
        <source>{percent} of sales with a purchase price</source>
        <translation>{percent} от продаж с закупочной ценой</translation>
    </message>
    <message>
        <source>{overdue} of {debt} owed</source>
        <translation>{overdue} из долга {debt}</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Выгрузка таблицы</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table was not saved.</source>
        <translation>Таблица не сохранена.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Recalculate from the local data</source>
        <translation>Пересчитать по локальным данным</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Отчёт о продажах</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation>Чьи клиенты</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Выгрузить таблицу…</translation>
    </message>
    <message>
        <source>Save the table shown below to Excel or CSV</source>
        <translation>Сохранить таблицу ниже в Excel или CSV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Просроченная задолженность</translation>
    </message>
</context>
<context>
    <name>Requisites</name>
    <message>
        <source>INN is empty</source>
        <translation>ИНН не заполнен</translation>
    </message>
    <message>
        <source>INN must contain digits only</source>
        <translation>ИНН должен состоять только из цифр</translation>
    </message>
    <message>
        <source>INN must have {expected} digits, not {actual}</source>
        <translation>ИНН должен содержать {expected} цифр, а не {actual}</translation>
    </message>
    <message>
        <source>Invalid INN: check digit mismatch</source>
        <translation>Неверный ИНН: не сходится контрольное число</translation>
    </message>
    <message>
        <source>OGRN is empty</source>
        <translation>ОГРН не заполнен</translation>
    </message>
    <message>
        <source>OGRN must contain digits only</source>
        <translation>ОГРН должен состоять только из цифр</translation>
    </message>
    <message>
        <source>OGRN must have {expected} digits, not {actual}</source>
        <translation>ОГРН должен содержать {expected} цифр, а не {actual}</translation>
    </message>
    <message>
        <source>Invalid OGRN: check digit mismatch</source>
        <translation>Неверный ОГРН: не сходится контрольное число</translation>
    </message>
    <message>
        <source>BIK is empty</source>
        <translation>БИК не заполнен</translation>
    </message>
    <message>
        <source>BIK must contain digits only</source>
        <translation>БИК должен состоять только из цифр</translation>
    </message>
    <message>
        <source>BIK must have {expected} digits, not {actual}</source>
        <translation>БИК должен содержать {expected} цифр, а не {actual}</translation>
    </message>
    <message>
        <source>Settlement account is empty</source>
        <translation>Расчётный счёт не заполнен</translation>
    </message>
    <message>
        <source>Settlement account must contain digits only</source>
        <translation>Расчётный счёт должен состоять только из цифр</translation>
    </message>
    <message>
        <source>Settlement account must have {expected} digits, not {actual}</source>
        <translation>Расчётный счёт должен содержать {expected} цифр, а не {actual}</translation>
    </message>
    <message>
        <source>Invalid settlement account: check digit mismatch</source>
        <translation>Неверный расчётный счёт: не сходится контрольный ключ</translation>
    </message>
    <message>
        <source>Correspondent account is empty</source>
        <translation>Корреспондентский счёт не заполнен</translation>
    </message>
    <message>
        <source>Correspondent account must contain digits only</source>
        <translation>Корреспондентский счёт должен состоять только из цифр</translation>
    </message>
    <message>
        <source>Correspondent account must have {expected} digits, not {actual}</source>
        <translation>Корреспондентский счёт должен содержать {expected} цифр, а не {actual}</translation>
    </message>
    <message>
        <source>Invalid correspondent account: check digit mismatch</source>
        <translation>Неверный корреспондентский счёт: не сходится контрольный ключ</translation>
    </message>
    <message>
        <source>KPP is empty</source>
        <translation>КПП не заполнен</translation>
    </message>
    <message>
        <source>KPP must have {expected} characters, not {actual}</source>
        <translation>КПП должен содержать {expected} знаков, а не {actual}</translation>
    </message>
    <message>
        <source>KPP must be 4 digits, 2 digits or Latin capitals, then 3 digits</source>
        <translation>КПП: 4 цифры, затем 2 цифры или заглавные латинские буквы, затем 3 цифры</translation>
    </message>
    <message>
        <source>BIK must start with 04 (a bank) or 00 (a treasury office)</source>
        <translation>БИК должен начинаться с 04 (банк) или 00 (орган Казначейства)</translation>
    </message>
    <message>
        <source>Correspondent account must start with 30101</source>
        <translation>Корреспондентский счёт должен начинаться с 30101</translation>
    </message>
    <message>
        <source>Correspondent account must end with the BIK&apos;s last three digits {tail}</source>
        <translation>Корреспондентский счёт должен оканчиваться тремя последними цифрами БИК {tail}</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>thousand ₽</source>
        <translation>тыс. ₽</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sent: {subject}</source>
        <translation>Отправлено: {subject}</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: the message will wait in the outbox until you fill in the mail settings.</source>
        <translation>Почта еще не настроена: письмо подождет в исходящих, пока вы не заполните настройки почты.</translation>
    </message>
    <message>
        <source>Without a connection the message waits in the outbox and goes out on the next connection.</source>
        <translation>Без связи письмо ждет в исходящих и уйдет при следующем подключении.</translation>
    </message>
    <message>
        <source>Send by e-mail: {title}</source>
        <translation>Отправка по почте: {title}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>client@example.ru</source>
        <translation>client@example.ru</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Starting the demo company</source>
        <translation>Запускаем демо-компанию</translation>
    </message>
    <message>
        <source>No password store on this computer: the password is kept for this session only</source>
        <translation>На этом компьютере нет хранилища паролей: пароль сохранён только до закрытия программы</translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation>Не удалось открыть организацию.</translation>
    </message>
    <message>
        <source>Could not open the company</source>
        <translation>Не удалось открыть компанию</translation>
    </message>
    <message>
        <source>Synchronising with 1C</source>
        <translation>Синхронизация с 1С</translation>
    </message>
    <message>
        <source>1C refused the password of {user}. Nothing was sent or lost.</source>
        <translation>1С не приняла пароль пользователя {user}. Ничего не отправлено и не потеряно.</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <source>1C password</source>
        <translation>Пароль 1С</translation>
    </message>
    <message>
        <source>Password of {user}:</source>
        <translation>Пароль пользователя {user}:</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>&amp;Журнал синхронизации</translation>
    </message>
    <message>
        <source>&amp;Conflicts with 1C…</source>
        <translation>&amp;Конфликты с 1С…</translation>
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
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> месяц</numerusform>
            <numerusform> месяца</numerusform>
            <numerusform> месяцев</numerusform>
        </translation>
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
        <source>&amp;Warn when data is older than:</source>
        <translation>&amp;Предупреждать, если данные старше:</translation>
    </message>
    <message>
        <source>Debts, credit and receivables show a warning when the last successful sync is older than this</source>
        <translation>Долги, кредит и дебиторка показывают предупреждение, если последняя успешная синхронизация старше этого срока</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>&amp;Credit limit exceeded:</source>
        <translation>&amp;Превышение кредитного лимита:</translation>
    </message>
    <message>
        <source>Print the payment &amp;QR code on invoices and reminders</source>
        <translation>Печатать &amp;QR-код для оплаты на счетах и напоминаниях</translation>
    </message>
    <message>
        <source>The ГОСТ Р 56042-2014 code a client&apos;s bank app scans to fill in the payment, as 1C prints it</source>
        <translation>QR-код по ГОСТ Р 56042-2014, который банковское приложение клиента сканирует, чтобы заполнить платеж, — как печатает 1С</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local store {path} is read-only (or its folder is): allow writing to it, or choose another data folder with --data-dir.</source>
        <translation>Локальная база {path} (или её папка) доступна только для чтения: разрешите запись в неё или выберите другую папку данных через --data-dir.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Wholesale Desk store. Move it aside; the next start makes a new store and a sync fills it from 1C (unsent changes in it would be lost).</source>
        <translation>{path} повреждён или не является базой Wholesale Desk. Переместите его в другое место; при следующем запуске будет создана новая база, и синхронизация заполнит её из 1С (неотправленные изменения в нём будут потеряны).</translation>
    </message>
    <message>
        <source>The disk holding the local store {path} is full: free some space.</source>
        <translation>Диск с локальной базой {path} заполнен: освободите место.</translation>
    </message>
    <message>
        <source>The local store {path} is busy in another program for too long: try again later.</source>
        <translation>Локальная база {path} слишком долго занята другой программой: повторите попытку позже.</translation>
    </message>
    <message>
        <source>The local store {path} cannot be opened ({error}): check that its folder exists and may be written.</source>
        <translation>Не удаётся открыть локальную базу {path} ({error}): проверьте, что её папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The local store {path} cannot be used: {error}</source>
        <translation>Локальной базой {path} нельзя воспользоваться: {error}</translation>
    </message>
    <message>
        <source>The local store {path} was made by a newer version of Wholesale Desk (schema {revision}): install that version, or move the store aside to start afresh.</source>
        <translation>Локальная база {path} создана более новой версией Wholesale Desk (схема {revision}): установите эту версию или переместите базу в другое место, чтобы начать заново.</translation>
    </message>
    <message>
        <source>{path} is not a Wholesale Desk store (it holds other tables): choose another data folder with --data-dir, or move the file aside.</source>
        <translation>{path} не является базой Wholesale Desk (в нём другие таблицы): выберите другую папку данных через --data-dir или переместите файл в другое место.</translation>
    </message>
    <message>
        <source>The local store {path} was left half-created by an interrupted start and holds data: move it aside; the next start makes a new store.</source>
        <translation>Локальная база {path} осталась недосозданной после прерванного запуска и содержит данные: переместите её в другое место; при следующем запуске будет создана новая база.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>VAT included</source>
        <translation>В том числе НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Amount at list prices</source>
        <translation>Сумма по прайсу</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid with bonus points</source>
        <translation>Оплачено бонусами</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <source>Volume tier {percent}% reached</source>
        <translation>Достигнут порог объёма {percent}%</translation>
    </message>
    <message>
        <source>available {balance}, up to {cap} on this order; earns {earn}</source>
        <translation>доступно {balance}, в этом заказе до {cap}; начислится {earn}</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Debt {debt} ₽, overdue {overdue} ₽ as of {when}</source>
        <translation>Долг {debt} ₽, просрочено {overdue} ₽ на {when}</translation>
    </message>
    <message>
        <source>credit limit {limit} ₽; with this order and unsent orders {exposure} ₽</source>
        <translation>кредитный лимит {limit} ₽; с этим и неотправленными заказами {exposure} ₽</translation>
    </message>
    <message>
        <source>no credit limit</source>
        <translation>без кредитного лимита</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Строка {n}: {problem}</translation>
    </message>
    <message>
        <source>Needs approval of a head of sales:</source>
        <translation>Нужно согласование руководителя отдела продаж:</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The object was deleted in 1C</source>
        <translation>Объект удалён в 1С</translation>
    </message>
    <message>
        <source>No password for {user}: enter it to sync with 1C</source>
        <translation>Нет пароля пользователя {user}: введите его, чтобы синхронизироваться с 1С</translation>
    </message>
    <message>
        <source>1C refused the password for {user}. Enter it again to sync.</source>
        <translation>1С не приняла пароль пользователя {user}. Введите его снова, чтобы синхронизироваться.</translation>
    </message>
    <message>
        <source>Another sync is already running</source>
        <translation>Синхронизация уже идёт</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Синхронизация не удалась: {error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Refresh &amp;everything from 1C</source>
        <translation>Обновить &amp;всё из 1С</translation>
    </message>
    <message>
        <source>Read every client, product, document and balance from 1C again (slower)</source>
        <translation>Заново прочитать из 1С всех клиентов, товары, документы и остатки (дольше)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Прервать синхронизацию</translation>
    </message>
    <message>
        <source>Everything will be read from 1C again when this sync ends</source>
        <translation>Всё будет прочитано из 1С заново, когда закончится текущая синхронизация</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Синхронизация прерывается…</translation>
    </message>
    <message>
        <source>Another sync with 1C is running (from the command line or a scheduler): trying again in {seconds} s</source>
        <translation>Уже идёт другая синхронизация с 1С (из командной строки или планировщика): повтор через {seconds} с</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Синхронизация прервана</translation>
    </message>
</context>
<context>
    <name>SyncFailure</name>
    <message>
        <source>1C cannot be reached</source>
        <translation>нет связи с 1С</translation>
    </message>
    <message>
        <source>1C did not accept the password</source>
        <translation>1С не приняла пароль</translation>
    </message>
    <message>
        <source>1C is busy or unavailable</source>
        <translation>1С занята или недоступна</translation>
    </message>
    <message>
        <source>no rights in 1C for some data</source>
        <translation>нет прав в 1С на часть данных</translation>
    </message>
    <message>
        <source>1C is not set up for this app</source>
        <translation>1С не настроена для приложения</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
    <message>
        <source>There is no network, or the 1C server is off. Keep working: your changes are kept and go to 1C with the next successful sync.</source>
        <translation>Нет сети, или сервер 1С выключен. Работайте дальше: ваши изменения сохранены и уйдут в 1С со следующей успешной синхронизацией.</translation>
    </message>
    <message>
        <source>Enter your 1C password again. Nothing was sent or lost.</source>
        <translation>Введите пароль 1С ещё раз. Ничего не отправлено и не потеряно.</translation>
    </message>
    <message>
        <source>1C answered but could not serve the app now. The next sync tries again; nothing is lost.</source>
        <translation>1С ответила, но сейчас не может обслужить приложение. Следующая синхронизация попробует снова; ничего не потеряно.</translation>
    </message>
    <message>
        <source>Ask your 1C administrator to give your 1C user the rights the app needs.</source>
        <translation>Попросите администратора 1С выдать вашему пользователю 1С нужные приложению права.</translation>
    </message>
    <message>
        <source>Ask your 1C administrator to publish what the app needs in the OData interface.</source>
        <translation>Попросите администратора 1С опубликовать в интерфейсе OData то, что нужно приложению.</translation>
    </message>
    <message>
        <source>The sync stopped on an error in the app. Nothing is lost; the details are in the sync log.</source>
        <translation>Синхронизация остановилась из-за ошибки в приложении. Ничего не потеряно; подробности — в журнале синхронизации.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Объёмы</translation>
    </message>
    <message>
        <source>Errors and skipped objects</source>
        <translation>Ошибки и пропущенные объекты</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>идёт или прервана</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>ошибка: {reason}</translation>
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
            <numerusform>Синхронизировано %Ln мин назад</numerusform>
            <numerusform>Синхронизировано %Ln мин назад</numerusform>
            <numerusform>Синхронизировано %Ln мин назад</numerusform>
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
        <source>no successful sync yet</source>
        <translation>успешной синхронизации ещё не было</translation>
    </message>
    <message>
        <source>last successful sync just now</source>
        <translation>последняя успешная только что</translation>
    </message>
    <message numerus="yes">
        <source>last successful sync %n min ago</source>
        <translation>
            <numerusform>последняя успешная %Ln мин назад</numerusform>
            <numerusform>последняя успешная %Ln мин назад</numerusform>
            <numerusform>последняя успешная %Ln мин назад</numerusform>
        </translation>
    </message>
    <message>
        <source>last successful sync at {time}</source>
        <translation>последняя успешная в {time}</translation>
    </message>
    <message>
        <source>last successful sync on {date}</source>
        <translation>последняя успешная {date}</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Синхронизация не удалась: {reason}</translation>
    </message>
    <message>
        <source>Tried at {time}.</source>
        <translation>Попытка в {time}.</translation>
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
            <numerusform>%Ln изменение не отправлено в 1С</numerusform>
            <numerusform>%Ln изменения не отправлены в 1С</numerusform>
            <numerusform>%Ln изменений не отправлено в 1С</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncVocabulary</name>
    <message>
        <source>Connecting to 1C</source>
        <translation>Подключение к 1С</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Отправка изменений</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Segment members</source>
        <translation>Состав сегментов</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы измерения</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Ставки НДС</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Склады</translation>
    </message>
    <message>
        <source>Price types</source>
        <translation>Виды цен</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Группы номенклатуры</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Контрагенты</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Payment schedules</source>
        <translation>Графики оплаты</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Our companies</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Банки</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банковские счета</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Отгрузки</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <source>Bank payments</source>
        <translation>Безналичные оплаты</translation>
    </message>
    <message>
        <source>Cash payments</source>
        <translation>Оплаты наличными</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Client analytics</source>
        <translation>Аналитика клиентов</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Группы пользователей</translation>
    </message>
    <message>
        <source>Users&apos; sales settings</source>
        <translation>Настройки продаж пользователей</translation>
    </message>
    <message>
        <source>Discount conditions</source>
        <translation>Условия скидок</translation>
    </message>
    <message>
        <source>Discounts and markups</source>
        <translation>Скидки и наценки</translation>
    </message>
    <message>
        <source>Where discounts apply</source>
        <translation>Действие скидок</translation>
    </message>
    <message>
        <source>fetched {count}</source>
        <translation>получено {count}</translation>
    </message>
    <message>
        <source>stored {count}</source>
        <translation>записано {count}</translation>
    </message>
    <message>
        <source>deleted {count}</source>
        <translation>удалено {count}</translation>
    </message>
    <message>
        <source>skipped {count}</source>
        <translation>пропущено {count}</translation>
    </message>
    <message>
        <source>kept local {count}</source>
        <translation>оставлено своих {count}</translation>
    </message>
    <message>
        <source>sent {count}</source>
        <translation>отправлено {count}</translation>
    </message>
    <message>
        <source>rejected {count}</source>
        <translation>отклонено {count}</translation>
    </message>
    <message>
        <source>conflicts {count}</source>
        <translation>конфликтов {count}</translation>
    </message>
    <message>
        <source>Sending changes: {what}</source>
        <translation>Отправка изменений: {what}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>This task no longer exists</source>
        <translation>Этой задачи больше нет</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Дни рождения на этой неделе</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>На этой неделе дней рождения нет</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>На час</translation>
    </message>
    <message>
        <source>For three hours</source>
        <translation>На три часа</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>До завтра, 9:00</translation>
    </message>
    <message>
        <source>Until Monday 9:00</source>
        <translation>До понедельника, 9:00</translation>
    </message>
    <message>
        <source>Mark the task done (Ctrl+D)</source>
        <translation>Отметить задачу выполненной (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remind me later (Ctrl+Shift+S: an hour)</source>
        <translation>Напомнить позже (Ctrl+Shift+S — через час)</translation>
    </message>
    <message>
        <source>Open the client&apos;s card (Enter)</source>
        <translation>Открыть карточку клиента (Enter)</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>There are no price types in the local store yet: synchronise with 1C</source>
        <translation>В локальной базе ещё нет видов цен: выполните синхронизацию с 1С</translation>
    </message>
    <message>
        <source>No such client in the local store</source>
        <translation>Такого клиента нет в локальной базе</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>not yet in 1C</source>
        <translation>ещё не в 1С</translation>
    </message>
</context>
</TS>
