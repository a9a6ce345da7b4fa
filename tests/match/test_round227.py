"""A two-hundred-and-twenty-seventh round, from the first look at new batches of hold-out sets:

- Torch beside Lua is Torch7, the Lua library PyTorch grew out of, not PyTorch; beside NumPy and
  CUDA it is still PyTorch;
- networks named for what they render or voice (neural rendering, a neural vocoder, neural TTS)
  are deep learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Deep learning: Lua (Torch), CNNs for speech, Octave", "pytorch", False),
    ("skills", "Frameworks: Torch on LuaJIT, OpenCV", "pytorch", False),
    ("skills", "Frameworks: Torch, NumPy, CUDA", "pytorch", True),
    ("experience", "• Trained a neural vocoder for on-device speech at 24 kHz",
     "deep-learning", True),
    ("publications", "• Relightable avatars from phone video by inverse neural rendering",
     "deep-learning", True),
    ("experience", "• Shipped neural TTS voices for the car's assistant", "deep-learning", True),
]  # fmt: skip


test_round227_kinds = sentence_test(CASES)
