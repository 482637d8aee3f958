"""Each documents GUI test gets its own small company (see `document_world`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_world import TODAY, Company, add_company_details, saved_order
from order_world import fresh


@pytest.fixture
def company(tmp_path: Path) -> Company:
    w = fresh(tmp_path, TODAY)
    add_company_details(w)
    ids = [saved_order(w, f"ТД00-00012{i}") for i in range(1, 4)]
    return Company(w, ids)
