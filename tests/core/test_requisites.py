"""Requisite checks from DOMAIN.md: valid numbers pass, broken ones say why."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from wholesale_desk.requisites import (
    check_account,
    check_bik,
    check_corr_account,
    check_inn,
    check_kpp,
    check_ogrn,
    inn10_check_digit,
    inn12_check_digits,
    make_account,
    make_corr_account,
    ogrn_check_digit,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def fixed_digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


bank_bik = fixed_digits(7).map(lambda tail: "04" + tail)


def _mod11(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11


W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def test_domain_examples_of_inn() -> None:
    assert check_inn("7707083893") is None
    assert check_inn("500100732259") is None
    assert str(check_inn("7707083890")) == "Invalid INN: check digit mismatch"


@pytest.mark.parametrize(
    ("inn", "reason"),
    [
        ("", "INN is empty"),
        ("77070838", "INN must have 10 / 12 digits, not 8"),
        ("77070838AB", "INN must contain digits only"),
        ("７７０７０８３８９３", "INN must contain digits only"),
    ],
)
def test_bad_inn_says_why(inn: str, reason: str) -> None:
    problem = check_inn(inn)
    assert problem is not None
    assert problem.context == "Requisites"
    assert str(problem) == reason


def test_kpp_allows_latin_capitals_in_places_5_and_6() -> None:
    assert check_kpp("773601001") is None
    assert check_kpp("7736AB001") is None
    assert check_kpp("7736ab001") is not None
    assert check_kpp("77A601001") is not None
    assert str(check_kpp("77360100")) == "KPP must have 9 characters, not 8"
    assert str(check_kpp("")) == "KPP is empty"


def test_ogrn_and_ogrnip() -> None:
    assert check_ogrn("1027700132195") is None
    assert check_ogrn("1027700132196") is not None
    assert check_ogrn("304500116000157") is None
    assert str(check_ogrn("12345")) == "OGRN must have 13 / 15 digits, not 5"


def test_ogrnip_check_digit_ends_in_mod_10() -> None:
    """int(first 14) mod 13 can be 10 or 11; the digit is then 0 or 1, not "10" (stdnum's bug)."""
    first14 = next(
        f"3{n:013d}" for n in range(10**12, 10**12 + 100) if int(f"3{n:013d}") % 13 == 10
    )
    assert ogrn_check_digit(first14) == "0"
    assert check_ogrn(first14 + "0") is None


def test_bik() -> None:
    assert check_bik("044525225") is None
    assert check_bik("004525988") is None
    assert check_bik("144525225") is not None
    assert str(check_bik("04452522")) == "BIK must have 9 digits, not 8"


def test_settlement_and_correspondent_accounts_of_a_real_bank() -> None:
    bik = "044525225"
    assert check_corr_account("30101810400000000225", bik) is None
    assert check_corr_account("30101810500000000225", bik) is not None
    assert check_corr_account("30101810400000000226", bik) is not None
    assert check_corr_account("40101810400000000225", bik) is not None
    assert check_account("40702810938000000001", bik) is None
    assert str(check_account("40702810038000000001", bik)) == (
        "Invalid settlement account: check digit mismatch"
    )
    assert str(check_account("4070281093800000000", bik)) == (
        "Settlement account must have 20 digits, not 19"
    )


def test_treasury_accounts_have_no_standard_key() -> None:
    assert check_account("03100643000000017300", "004525988") is None
    assert check_account("03234643450000007300", "044525225") is None
    assert check_corr_account("40102810545370000003", "004525988") is None


@given(fixed_digits(9))
def test_every_generated_company_inn_validates(first9: str) -> None:
    assert check_inn(first9 + inn10_check_digit(first9)) is None


@given(fixed_digits(10))
def test_every_generated_personal_inn_validates(first10: str) -> None:
    assert check_inn(first10 + inn12_check_digits(first10)) is None


@given(fixed_digits(9), st.integers(0, 9), st.integers(1, 9))
def test_a_single_digit_typo_in_a_company_inn_is_caught_unless_mod_11_wraps(
    first9: str, position: int, shift: int
) -> None:
    """The weights are all prime to 11, so a typo always moves Σ mod 11; the final `mod 10`
    folds residue 10 onto 0, so a typo between those two residues alone slips through.
    A typo in the check digit itself is always caught."""
    inn = first9 + inn10_check_digit(first9)
    typo = inn[:position] + str((int(inn[position]) + shift) % 10) + inn[position + 1 :]
    caught = check_inn(typo) is not None
    if position == 9:
        assert caught
    else:
        wraps = {_mod11(inn[:9], W10), _mod11(typo[:9], W10)} == {0, 10}
        assert caught != wraps


def test_some_typos_do_slip_through_the_inn_check() -> None:
    """So "any single-digit change of a valid INN fails" is not true, and not asserted."""
    assert check_inn("3449786900") is None  # Σ mod 11 = 10 → check digit 0
    assert check_inn("9449786900") is None  # first digit mistyped: Σ mod 11 = 0 → also 0
    assert _mod11("344978690", W10) == 10
    assert _mod11("944978690", W10) == 0


@given(fixed_digits(10), st.integers(10, 11), st.integers(1, 9))
def test_a_typo_in_either_check_digit_of_a_personal_inn_is_caught(
    first10: str, position: int, shift: int
) -> None:
    inn = first10 + inn12_check_digits(first10)
    typo = inn[:position] + str((int(inn[position]) + shift) % 10) + inn[position + 1 :]
    assert check_inn(typo) is not None


@given(fixed_digits(12).filter(lambda s: s[0] != "0"))
def test_every_generated_ogrn_validates(first12: str) -> None:
    assert check_ogrn(first12 + ogrn_check_digit(first12)) is None


@given(fixed_digits(14))
def test_every_generated_ogrnip_validates(first14: str) -> None:
    assert check_ogrn(first14 + ogrn_check_digit(first14)) is None


@given(bank_bik, fixed_digits(19))
def test_every_generated_account_validates_and_a_changed_key_fails(bik: str, body: str) -> None:
    assume(not body.startswith("03"))  # treasury accounts carry no key
    account = make_account(bik, body)
    assert check_account(account, bik) is None
    broken = account[:8] + str((int(account[8]) + 1) % 10) + account[9:]
    assert check_account(broken, bik) is not None


@given(bank_bik, fixed_digits(19), st.integers(0, 19), st.integers(1, 9))
def test_any_single_digit_typo_in_an_account_is_caught(
    bik: str, body: str, position: int, shift: int
) -> None:
    """Weights 7, 1, 3 are all prime to 10, so unlike INN every single typo is caught."""
    account = make_account(bik, body)
    typo = account[:position] + str((int(account[position]) + shift) % 10) + account[position + 1 :]
    assume(not account.startswith("03") and not typo.startswith("03"))
    assert check_account(typo, bik) is not None


@given(bank_bik)
def test_every_generated_corr_account_validates(bik: str) -> None:
    assert check_corr_account(make_corr_account(bik), bik) is None


@given(st.one_of(fixed_digits(10), fixed_digits(12)))
def test_inn_check_agrees_with_stdnum(number: str) -> None:
    """DOMAIN.md: stdnum.ru.inn is correct for INN, so both must agree on any digits."""
    from stdnum.ru import inn as stdnum_inn

    assert (check_inn(number) is None) == stdnum_inn.is_valid(number)


@given(fixed_digits(12).filter(lambda s: s[0] != "0"))
def test_13_digit_ogrn_agrees_with_stdnum(first12: str) -> None:
    from stdnum.ru import ogrn as stdnum_ogrn

    for last in "0123456789":
        assert (check_ogrn(first12 + last) is None) == stdnum_ogrn.is_valid(first12 + last)
