"""Reference values and the facts behind them: life stages, the UL, kidneys, medicines,
evidence, sources."""
