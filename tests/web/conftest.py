"""The web's tests hash passwords with argon2id at its lowest cost: the same code, in milliseconds
instead of half a second a hash (the real parameters are argon2-cffi's defaults)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from scrutiny.store import users


@pytest.fixture(scope="session", autouse=True)
def cheap_hashes():
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_hasher", lambda: cheap)
        users._dummy_hash.cache_clear()
        yield
    users._dummy_hash.cache_clear()
