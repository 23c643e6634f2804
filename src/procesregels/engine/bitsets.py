"""Sets of plan steps as Python ints (bit i = the step at position i of the plan graph's
topological order): building them, and listing their members cheaply."""

from __future__ import annotations


def mask_of(positions) -> int:
    """The bitset with the given bit positions (built in one go, not bit by bit)."""
    positions = list(positions)
    if not positions:
        return 0
    bitmap = bytearray(max(positions) // 8 + 1)
    for p in positions:
        bitmap[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(bitmap, "little")


_BYTE_BITS = [tuple(b for b in range(8) if value >> b & 1) for value in range(256)]


def bits(mask: int) -> list[int]:
    """The positions of the set bits, lowest first (byte by byte: sets are often sparse)."""
    out: list[int] = []
    if mask.bit_count() <= 16:  # few members: pick them off one by one
        while mask:
            low = mask & -mask
            out.append(low.bit_length() - 1)
            mask ^= low
        return out
    data = mask.to_bytes((mask.bit_length() + 7) // 8, "little")
    for index, byte in enumerate(data):
        if byte:
            base = index << 3
            out.extend(base + b for b in _BYTE_BITS[byte])
    return out


def flags_of(mask: int, size: int) -> str:
    """Membership of positions 0..size-1 as a string of '0'/'1' (`flags[i] == "1"`), for loops
    that test many positions: indexing a string is much cheaper than shifting a big int."""
    return bin(mask)[:1:-1].ljust(size, "0")


def lowest(mask: int) -> int:
    return (mask & -mask).bit_length() - 1
