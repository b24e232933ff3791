"""Tricky sentence boundaries of news text, written by hand: the table ``test_text`` and ``benchmarks/sentences.py``
measure every sentence splitter on.

Each case is a text and the sentences it holds, each stripped of the spaces around it.
"""

CASES: list[tuple[str, list[str]]] = [
    (
        "The talks ended on Nov. 6 in Beijing. Officials said more would follow.",
        ["The talks ended on Nov. 6 in Beijing.", "Officials said more would follow."],
    ),
    ("U.S. officials met on Monday. They agreed.", ["U.S. officials met on Monday.", "They agreed."]),
    (
        "Officials from the U.S. Treasury attended. The meeting ran late.",
        ["Officials from the U.S. Treasury attended.", "The meeting ran late."],
    ),
    (
        "Mr. Wang met Mrs. Smith and Dr. Lee on Friday. They spoke for an hour.",
        ["Mr. Wang met Mrs. Smith and Dr. Lee on Friday.", "They spoke for an hour."],
    ),
    (
        "The meeting began at 10 a.m. Friday and ended at noon. Reporters waited outside.",
        ["The meeting began at 10 a.m. Friday and ended at noon.", "Reporters waited outside."],
    ),
    (
        "John F. Kennedy was killed in 1963. His brother ran in 1968.",
        ["John F. Kennedy was killed in 1963.", "His brother ran in 1968."],
    ),
    ("Nora W. Falk spoke. P.J. Varga answered.", ["Nora W. Falk spoke.", "P.J. Varga answered."]),
    (
        '"We will win," he said. "The vote is Sunday." Turnout was high.',
        ['"We will win," he said.', '"The vote is Sunday."', "Turnout was high."],
    ),
    ('He said: "The talks failed." Then he left.', ['He said: "The talks failed."', "Then he left."]),
    ("He said, 'It is over.' The crowd left.", ["He said, 'It is over.'", "The crowd left."]),
    ('"Why now?" she asked. Nobody answered.', ['"Why now?" she asked.', "Nobody answered."]),
    (
        "BEIJING, Oct. 6 (Xinhua) -- China and Japan agreed on Monday to resume talks. The talks stopped in May.",
        ["BEIJING, Oct. 6 (Xinhua) -- China and Japan agreed on Monday to resume talks.", "The talks stopped in May."],
    ),
    (
        "WASHINGTON (AP) -- The Senate voted 51-49 on Tuesday. The bill now goes to the House.",
        ["WASHINGTON (AP) -- The Senate voted 51-49 on Tuesday.", "The bill now goes to the House."],
    ),
    (
        "Growth slowed to 2.5 percent in 1998. Inflation rose 3.1 percent.",
        ["Growth slowed to 2.5 percent in 1998.", "Inflation rose 3.1 percent."],
    ),
    ("The index fell 1.5. Analysts blamed oil.", ["The index fell 1.5.", "Analysts blamed oil."]),
    ("He paused... Then he spoke again.", ["He paused...", "Then he spoke again."]),
    ("The report said... the economy was weak.", ["The report said... the economy was weak."]),
    ("Prices rose.\n\nThe central bank met.", ["Prices rose.", "The central bank met."]),
    (
        "First paragraph without a full stop\n\nSecond paragraph here.",
        ["First paragraph without a full stop", "Second paragraph here."],
    ),
    ("Headline In Title Case\nThe story begins here.", ["Headline In Title Case", "The story begins here."]),
    (
        "Did they agree? Nobody knows! The talks resume Monday.",
        ["Did they agree?", "Nobody knows!", "The talks resume Monday."],
    ),
    (
        "The company, Acme Inc., reported a loss. Shares fell.",
        ["The company, Acme Inc., reported a loss.", "Shares fell."],
    ),
    (
        "He lives on Main St. in Springfield. He works at No. 10 Downing St.",
        ["He lives on Main St. in Springfield.", "He works at No. 10 Downing St."],
    ),
    (
        "The U.N. Security Council met on Jan. 5, 1999. It voted unanimously.",
        ["The U.N. Security Council met on Jan. 5, 1999.", "It voted unanimously."],
    ),
    (
        "Sen. John McCain and Gov. George Bush debated. Lt. Col. Smith attended.",
        ["Sen. John McCain and Gov. George Bush debated.", "Lt. Col. Smith attended."],
    ),
    (
        "The vote was 52 percent vs. 48 percent. Results came late.",
        ["The vote was 52 percent vs. 48 percent.", "Results came late."],
    ),
    (
        "(The figures are preliminary.) Officials will update them.",
        ["(The figures are preliminary.)", "Officials will update them."],
    ),
    (
        "The deal is worth $2.5 billion. It closes in Sept. next year.",
        ["The deal is worth $2.5 billion.", "It closes in Sept. next year."],
    ),
    (
        "He was born on Dec. 25, 1950, in Ohio. He died in 2001.",
        ["He was born on Dec. 25, 1950, in Ohio.", "He died in 2001."],
    ),
    (
        "The Rev. Jesse Jackson spoke Sunday. Crowds cheered.",
        ["The Rev. Jesse Jackson spoke Sunday.", "Crowds cheered."],
    ),
    (
        "The blast happened at 9 p.m. Police arrived soon after.",
        ["The blast happened at 9 p.m.", "Police arrived soon after."],
    ),
    ("He moved to the U.S. The visit lasted a year.", ["He moved to the U.S.", "The visit lasted a year."]),
    (
        "The firm's chief, J. P. Morgan, declined to comment. Shares rose.",
        ["The firm's chief, J. P. Morgan, declined to comment.", "Shares rose."],
    ),
    (
        "Voters went to the polls on Sept. 29. Results are due Oct. 2.",
        ["Voters went to the polls on Sept. 29.", "Results are due Oct. 2."],
    ),
]
