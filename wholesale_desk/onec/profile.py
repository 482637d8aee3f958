"""The mapping profile: every 1C name we use, read from a data file and checked on load.

Another configuration (a customised УТ, БП 3.0) is another profile file, not new code. The
profile says which entity set feeds which model, with which `$filter`, and which 1C property
feeds each column; `sync.mapping` binds it to the models and checks the columns exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from wholesale_desk import paths
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text

CTX = "Profile"
DEFAULT_PROFILE = "ut115"

FieldKind = Literal["plain", "const", "part_value", "part_json"]
TYPES = frozenset(
    {"str", "ref", "bool", "decimal", "int", "date", "datetime", "enum", "composite", "type_of"}
)
# OData's own properties, the same in every configuration.
REF, VERSION, DELETION_MARK = "Ref_Key", "DataVersion", "DeletionMark"
NUMBER, DATE, POSTED, LINE_NUMBER = "Number", "Date", "Posted", "LineNumber"


class ProfileError(UserError):
    """The profile file is missing, not JSON, or has a wrong or missing key."""


def _fail(where: str, problem: str) -> ProfileError:
    return ProfileError(
        text(
            CTX,
            QT_TRANSLATE_NOOP("Profile", "The 1C mapping profile is invalid at {where}: {problem}"),
            where=where,
            problem=problem,
        )
    )


@dataclass(frozen=True)
class FieldSpec:
    """How one column gets its value from a 1C object (or a row of its table part)."""

    column: str
    kind: FieldKind
    property: str | None = None
    type: str | None = None  # None: inferred from the column when bound
    target: str | None = None  # composite: the entity the value must be, e.g. Document_ЗаказКлиента
    part: str | None = None
    match: dict[str, Any] = field(default_factory=dict)
    value: str | None = None
    const: Any = None

    def properties(self) -> list[str]:
        """1C properties to `$select` for this field."""
        if self.kind == "plain" and self.property:
            if self.type in ("composite", "type_of"):
                return [self.property, self.property + "_Type"]
            return [self.property]
        if self.kind in ("part_value", "part_json") and self.part:
            return [self.part]
        return []


@dataclass(frozen=True)
class PartSpec:
    """A table part (`Товары[]`) mapped to a child model keyed by (parent, line_no)."""

    name: str
    property: str
    model: str
    parent: str
    fields: dict[str, FieldSpec]


@dataclass(frozen=True)
class ObjectSpec:
    """A catalog or document entity set feeding one model."""

    concept: str
    kind: Literal["catalog", "document"]
    entity_set: str
    model: str
    fields: dict[str, FieldSpec]
    parts: dict[str, PartSpec] = field(default_factory=dict)
    filter: str | None = None
    required: bool = True
    writable: bool = False
    post_after_create: bool = False
    constants_on_create: dict[str, Any] = field(default_factory=dict)

    def select(self) -> list[str]:
        """Every property the mapping reads: what we `$select`, nothing more."""
        props = [REF, VERSION, DELETION_MARK]
        if self.kind == "document":
            props += [NUMBER, DATE, POSTED]
        for spec in self.fields.values():
            props += spec.properties()
        props += [part.property for part in self.parts.values()]
        return list(dict.fromkeys(props))


@dataclass(frozen=True)
class RegisterSpec:
    """A register read as a snapshot (a virtual table or a plain information register)."""

    name: str
    entity_set: str
    model: str | None
    order: str
    fields: dict[str, FieldSpec]
    sum: str | None = None
    resolve: dict[str, tuple[str, str]] = field(default_factory=dict)
    required: bool = True
    # Documents that alone write this register (it is subordinate to them): while none of them
    # changed, the snapshot need not be fetched again (see `Puller.pull_register`).
    written_by: tuple[str, ...] = ()

    def select(self) -> list[str]:
        props: list[str] = []
        for spec in self.fields.values():
            props += spec.properties()
        props += [prop for _, prop in self.resolve.values()]
        return list(dict.fromkeys(props))


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    objects: list[ObjectSpec]
    registers: dict[str, RegisterSpec]

    def concept(self, name: str) -> ObjectSpec:
        for spec in self.objects:
            if spec.concept == name:
                return spec
        raise KeyError(name)

    def by_entity_set(self, entity_set: str) -> list[ObjectSpec]:
        return [spec for spec in self.objects if spec.entity_set == entity_set]

    def entity_sets(self, *, required_only: bool = False) -> list[str]:
        """Entity sets to check on connect (virtual tables by their register's name)."""
        names = [o.entity_set for o in self.objects if o.required or not required_only]
        names += [
            r.entity_set.split("/")[0]
            for r in self.registers.values()
            if r.required or not required_only
        ]
        return list(dict.fromkeys(names))


# --- loading ---------------------------------------------------------------------------------
def profile_path(name: str = DEFAULT_PROFILE) -> Path:
    return paths.resource_dir() / "profiles" / f"{name}.json"


def load_profile(source: str | Path = DEFAULT_PROFILE) -> Profile:
    """Load and validate a profile by name (in `resources/profiles/`) or by path."""
    path = (
        Path(source)
        if isinstance(source, Path) or source.endswith(".json")
        else profile_path(source)
    )
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _fail(str(path), "file not found") from exc
    except (OSError, ValueError) as exc:
        raise _fail(str(path), f"not readable JSON ({exc})") from exc
    return parse_profile(raw, where=path.name)


def parse_profile(raw: Any, where: str = "profile") -> Profile:
    root = _dict(raw, where)
    name = _str(root, "profile", where)
    title = _str(root, "title", where, default=name)
    objects: list[ObjectSpec] = []
    seen: set[str] = set()
    for kind, key in (("catalog", "catalogs"), ("document", "documents")):
        for i, item in enumerate(_list(root, key, where)):
            spec = _object(item, kind, f"{where}: {key}[{i}]")  # type: ignore[arg-type]
            if spec.concept in seen:
                raise _fail(f"{where}: {key}[{i}]", f"concept '{spec.concept}' appears twice")
            seen.add(spec.concept)
            objects.append(spec)
    registers = {
        reg_name: _register(reg_name, item, f"{where}: registers.{reg_name}")
        for reg_name, item in _dict(root.get("registers", {}), f"{where}: registers").items()
    }
    for reg in registers.values():
        for col, (source, _prop) in reg.resolve.items():
            if source not in registers:
                raise _fail(
                    f"{where}: registers.{reg.name}.resolve.{col}", f"unknown register '{source}'"
                )
    return Profile(name=name, title=title, objects=objects, registers=registers)


def _object(raw: Any, kind: Literal["catalog", "document"], where: str) -> ObjectSpec:
    item = _dict(raw, where)
    parts = {
        part_name: _part(part_name, part, f"{where}.parts.{part_name}")
        for part_name, part in _dict(item.get("parts", {}), f"{where}.parts").items()
    }
    return ObjectSpec(
        concept=_str(item, "concept", where),
        kind=kind,
        entity_set=_str(item, "entity_set", where),
        model=_str(item, "model", where),
        fields=_fields(item, where),
        parts=parts,
        filter=_str(item, "filter", where, default=None),
        required=_bool(item, "required", where, True),
        writable=_bool(item, "writable", where, False),
        post_after_create=_bool(item, "post_after_create", where, False),
        constants_on_create=_dict(
            item.get("constants_on_create", {}), f"{where}.constants_on_create"
        ),
    )


def _part(name: str, raw: Any, where: str) -> PartSpec:
    item = _dict(raw, where)
    return PartSpec(
        name=name,
        property=_str(item, "property", where),
        model=_str(item, "model", where),
        parent=_str(item, "parent", where),
        fields=_fields(item, where),
    )


def _register(name: str, raw: Any, where: str) -> RegisterSpec:
    item = _dict(raw, where)
    model = item.get("model")
    if model is not None and not isinstance(model, str):
        raise _fail(where, "'model' must be a model name or null")
    resolve: dict[str, tuple[str, str]] = {}
    for col, pair in _dict(item.get("resolve", {}), f"{where}.resolve").items():
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise _fail(f"{where}.resolve.{col}", "expected [register, property]")
        resolve[col] = (pair[0], pair[1])
    return RegisterSpec(
        name=name,
        entity_set=_str(item, "entity_set", where),
        model=model,
        order=_str(item, "order", where),
        fields=_fields(item, where),
        sum=_str(item, "sum", where, default=None),
        resolve=resolve,
        required=_bool(item, "required", where, True),
        written_by=_names(item, "written_by", where),
    )


def _fields(item: dict[str, Any], where: str) -> dict[str, FieldSpec]:
    raw = _dict(item.get("fields"), f"{where}.fields")
    if not raw:
        raise _fail(f"{where}.fields", "no fields")
    return {col: _field(col, spec, f"{where}.fields.{col}") for col, spec in raw.items()}


def _field(column: str, raw: Any, where: str) -> FieldSpec:
    if isinstance(raw, str) and raw:
        return FieldSpec(column=column, kind="plain", property=raw)
    spec = _dict(raw, where)
    unknown = set(spec) - {"property", "type", "part", "match", "value", "const"}
    if unknown:
        raise _fail(where, f"unknown keys {sorted(unknown)}")
    if "const" in spec:
        return FieldSpec(column=column, kind="const", const=spec["const"])
    type_name = _str(spec, "type", where, default=None)
    if type_name == "json" and "part" in spec:
        return FieldSpec(column=column, kind="part_json", part=_str(spec, "part", where))
    target = None
    if type_name is not None:
        base, _, target_name = type_name.partition(":")
        if base not in TYPES or (target_name and base != "composite"):
            raise _fail(where, f"unknown type '{type_name}' (known: {', '.join(sorted(TYPES))})")
        type_name, target = base, target_name or None
    if "part" in spec:
        part = _str(spec, "part", where)
        match = _dict(spec.get("match", {}), f"{where}.match")
        return FieldSpec(
            column=column,
            kind="part_value",
            part=part,
            match=match,
            value=_str(spec, "value", where),
            type=type_name,
        )
    return FieldSpec(
        column=column,
        kind="plain",
        property=_str(spec, "property", where),
        type=type_name,
        target=target,
    )


# --- tiny typed readers with the place in the message ----------------------------------------
_MISSING = object()


def _dict(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail(where, "expected an object" if raw is not None else "missing")
    return raw


def _list(root: dict[str, Any], key: str, where: str) -> list[Any]:
    value = root.get(key)
    if not isinstance(value, list):
        raise _fail(f"{where}: {key}", "expected a list" if value is not None else "missing")
    return value


def _str(item: dict[str, Any], key: str, where: str, default: Any = _MISSING) -> Any:
    value = item.get(key, _MISSING)
    if value is _MISSING or value is None:
        if default is _MISSING:
            raise _fail(f"{where}.{key}", "missing")
        return default
    if not isinstance(value, str) or not value:
        raise _fail(f"{where}.{key}", f"expected a non-empty string, got {value!r}")
    return value


def _names(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(f"{where}.{key}", f"expected a list of entity set names, got {value!r}")
    return tuple(value)


def _bool(item: dict[str, Any], key: str, where: str, default: bool) -> bool:
    value = item.get(key, default)
    if not isinstance(value, bool):
        raise _fail(f"{where}.{key}", f"expected true or false, got {value!r}")
    return value
