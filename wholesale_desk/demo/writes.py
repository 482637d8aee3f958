"""Writing in the 1C emulator: create, change, delete and post objects, with the business
checks a real base makes (closed period, products, credit limit, rights)."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from urllib.parse import quote

from wholesale_desk.demo import rights
from wholesale_desk.demo.base import (
    EMPTY_DATE,
    EMPTY_REF,
    _partner_of,
    loads,
    new_ref,
)
from wholesale_desk.demo.odata_query import (
    parse_datetime,
)
from wholesale_desk.demo.presentation import present, table_row
from wholesale_desk.demo.protocol import (
    CONTRACTS,
    DEBTS,
    ORDERS,
    PRODUCTS,
    ODataError,
    Reply,
    Row,
    business_error,
    module_message,
    rights_error,
)
from wholesale_desk.demo.query import QueryRequest


class WriteRequest(QueryRequest):
    """A request that writes; every write holds the base's write lock."""

    def create(self, entity: str) -> Reply:
        body = self.parse_body()
        key = str(body.get("Ref_Key") or new_ref()).lower()
        if key == EMPTY_REF:
            key = new_ref()
        body["Ref_Key"] = key
        with self.base.write_lock:
            if self.base.get(entity, key) is not None:
                raise ODataError(
                    500, "15", f"Объект с ключом {key} уже существует: {entity}(guid'{key}')"
                )
            self.complete(entity, body)
            if entity == "Catalog_Партнеры" and self.restricted:
                # 1C's row-level rights let a manager add a client assigned to themselves.
                if body.get(rights.MANAGER_PROPERTY) != self.user.user_key:
                    raise rights_error()
            else:
                self.check_visible(_partner_of(entity, body))
            posted = bool(body.pop("Posted", False))
            if entity.startswith("Document_"):
                body["Posted"] = False
            self.check_business(entity, body, None)
            self.store(entity, body, posted)
        obj = self.base.get(entity, key) or body
        reply = self.element(entity, present(entity, obj, None), 201)
        reply.headers["Location"] = self.em.odata_url + quote(f"{entity}(guid'{key}')", safe="()'")
        return reply

    def complete(self, entity: str, body: Row) -> None:
        """Fill what 1C fills on write: flags, Number/Code, dates, table part line numbers."""
        body.setdefault("DeletionMark", False)
        if entity.startswith("Document_"):
            if not body.get("Date") or body["Date"] == EMPTY_DATE:
                body["Date"] = datetime.now().replace(microsecond=0).isoformat()
            else:
                body["Date"] = parse_datetime(str(body["Date"]))
            if not body.get("Number"):
                body["Number"] = self.em.next_number(entity, "Number")
        else:
            body.setdefault("Predefined", False)
            body.setdefault("PredefinedDataName", "")
            body.setdefault("Description", "")
            if "Code" not in body or body["Code"] in ("", None):
                body["Code"] = self.em.next_number(entity, "Code")
        self.normalise_tables(body)

    def normalise_tables(self, body: Row) -> None:
        for name, value in body.items():
            if isinstance(value, list):
                body[name] = [table_row(body["Ref_Key"], i, r) for i, r in enumerate(value)]
                for i, r in enumerate(body[name]):
                    if isinstance(r, dict):
                        r["LineNumber"] = str(i + 1)

    def store(self, entity: str, body: Row, posted: bool) -> None:
        """Write the object; post it when asked (1C posts on write with `Posted: true`)."""
        if posted and entity.startswith("Document_"):
            self.post(entity, body)
        else:
            self.base.put(entity, body)

    def post(self, entity: str, body: Row) -> None:
        from wholesale_desk.demo import posting

        self.em.virtual.forget_recorder(body["Ref_Key"])
        try:
            posting.post(self.base, entity, body)
        except posting.PostingError as exc:
            raise business_error(str(exc)) from exc
        except (KeyError, ValueError, TypeError, ArithmeticError) as exc:
            # 1C reports any failure inside posting as the document's business error
            raise business_error(f"Не удалось провести документ: {exc!r}") from exc

    def update(self, entity: str, key: str) -> Reply:
        patch = self.parse_body()
        with self.base.write_lock:
            old = self.load(entity, key)
            self.check_closed_period(entity, old)
            new = dict(old)
            for name, value in patch.items():
                if name in ("Ref_Key", "DataVersion") or "@" in name:
                    continue
                new[name] = value
            if entity.startswith("Document_"):
                new["Date"] = parse_datetime(str(new.get("Date") or EMPTY_DATE))
            self.normalise_tables(new)
            self.check_visible(_partner_of(entity, new))
            self.check_business(entity, new, old)
            posted = bool(new.get("Posted"))
            if entity.startswith("Document_") and old.get("Posted") and not posted:
                from wholesale_desk.demo import posting

                self.em.virtual.forget_recorder(key)
                posting.unpost(self.base, entity, new)
            else:
                if entity.startswith("Document_"):
                    new["Posted"] = False  # `store` posts (and sets it) when asked
                self.store(entity, new, posted)
        obj = self.base.get(entity, key) or new
        return self.element(entity, present(entity, obj, None))

    def delete(self, entity: str, key: str) -> Reply:
        with self.base.write_lock:
            old = self.load(entity, key)
            self.check_closed_period(entity, old)
            self.em.virtual.forget_recorder(key)
            self.base.delete_records(key)
            self.base.delete(entity, key)
        return Reply(200, b"")

    def post_document(self, entity: str, key: str, post: bool) -> Reply:
        if not entity.startswith("Document_"):
            raise ODataError(400, "6", "Проводить можно только документы")
        with self.base.write_lock:
            body = self.load(entity, key)
            self.check_closed_period(entity, body)
            if post:
                self.check_business(entity, body, body)
                self.post(entity, body)
            else:
                from wholesale_desk.demo import posting

                self.em.virtual.forget_recorder(key)
                posting.unpost(self.base, entity, body)
        return Reply(200, b"")

    # business checks --------------------------------------------------------------------------
    def check_business(self, entity: str, new: Row, old: Row | None) -> None:
        if not entity.startswith("Document_"):
            return
        self.check_closed_period(entity, new)
        try:
            self.check_products(new)
            if entity == ORDERS:
                self.check_approval(new, old)
            if entity == ORDERS and not new.get("DeletionMark"):
                self.check_credit_limit(new)
        except ODataError as exc:
            # raised in the document's object module: 1C says where, around the text
            raise business_error(module_message(entity, exc.message)) from exc

    def check_approval(self, new: Row, old: Row | None) -> None:
        """Only an approver writes `Согласован` (УТ's right «Согласование заказов клиентов»);
        an order that is not approved stays НеСогласован. 1C dates the approval itself."""
        was = bool(old.get("Согласован")) if old is not None else False
        now = bool(new.get("Согласован"))
        if was != now:
            if now and not self.may_approve():  # withdrawing an approval needs no right
                raise ODataError(
                    500,
                    "-1",
                    "Недостаточно прав для согласования заказа клиента. Согласовать заказ может "
                    "пользователь с правом «Согласование заказов клиентов».",
                )
            new["ДатаСогласования"] = (
                datetime.now().replace(microsecond=0).isoformat() if now else EMPTY_DATE
            )
        if "Согласован" in new and not now and new.get("Статус") not in (None, "", "НеСогласован"):
            raise ODataError(
                500,
                "-1",
                f"Заказ не согласован: статус «{new.get('Статус')}» можно установить только "
                "после согласования.",
            )

    def may_approve(self) -> bool:
        listed = self.base.setting("approvers")
        if listed is None:
            return self.user.full_rights
        return self.user.user_key in json.loads(listed)

    def check_closed_period(self, entity: str, body: Row) -> None:
        if not entity.startswith("Document_"):
            return
        closed = self.base.setting("closed_period")
        date = str(body.get("Date") or "")
        if not closed or not date or date[:10] > closed[:10]:
            return
        shown = datetime.fromisoformat(closed[:10]).strftime("%d.%m.%Y")
        doc_date = datetime.fromisoformat(date[:10]).strftime("%d.%m.%Y")
        kind = entity.removeprefix("Document_")
        raise business_error(
            f"Дата запрета изменения данных: {shown}. Нельзя записать документ "
            f"«{kind} {body.get('Number', '')} от {doc_date}»: данные закрытого периода не"
            " изменяются."
        )

    def check_products(self, body: Row) -> None:
        db = self.base.connect()
        for i, line in enumerate(body.get("Товары") or [], start=1):
            if not isinstance(line, dict):
                continue
            key = str(line.get("Номенклатура_Key") or "")
            if not key or key == EMPTY_REF:
                raise business_error(f"В строке {i} списка «Товары» не заполнена номенклатура")
            found = db.execute(
                "SELECT 1 FROM objects WHERE entity=? AND ref_key=?", (PRODUCTS, key.lower())
            ).fetchone()
            if found is None:
                raise business_error(
                    f"В строке {i} списка «Товары» указана несуществующая номенклатура ({key})"
                )

    def check_credit_limit(self, order: Row) -> None:
        if self.base.setting("credit_limit_block") != "1":
            return
        partner = order.get("Партнер_Key")
        if not partner or partner == EMPTY_REF:
            return
        db = self.base.connect()
        contract_key = order.get("Договор_Key")
        limits: list[Decimal] = []
        for (text,) in db.execute(
            "SELECT body FROM objects WHERE entity=? AND partner_key=?", (CONTRACTS, partner)
        ):
            contract = loads(text)
            if contract_key and contract_key != EMPTY_REF and contract["Ref_Key"] != contract_key:
                continue
            if contract.get("ОграничиватьСуммуЗадолженности") and not contract.get("DeletionMark"):
                limits.append(Decimal(str(contract.get("ДопустимаяСуммаЗадолженности") or 0)))
        if not limits:
            return
        limit = min(limits)
        sign = "CASE WHEN record_type='Expense' THEN -1 ELSE 1 END"
        cents = db.execute(
            f"SELECT SUM({sign} * CAST(ROUND((COALESCE(json_extract(body, '$.Долг'), 0)"
            " - COALESCE(json_extract(body, '$.Предоплата'), 0)) * 100) AS INTEGER))"
            " FROM records WHERE register=? AND partner_key=? AND (recorder IS NULL OR recorder<>?)",
            (DEBTS, partner, order["Ref_Key"]),
        ).fetchone()[0]
        debt = Decimal(cents or 0) / 100
        from wholesale_desk.demo.posting import document_total

        amount = document_total(order)
        if debt + amount > limit:
            raise business_error(
                f"Превышена допустимая сумма задолженности клиента: допустимо {limit:.2f},"
                f" задолженность {debt:.2f}, сумма заказа {amount:.2f}. Заказ не может быть"
                " записан: в компании запрещена отгрузка сверх кредитного лимита."
            )
