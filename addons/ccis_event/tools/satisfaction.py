"""Satisfaction scores (plain Python): marks of a survey answer to a 0-5 score, averages."""


def score_from_marks(marks, scale=5.0):
    """Mean of the positive marks of one answer sheet, bounded to [0, scale]; None when the
    sheet holds no mark."""
    marks = [float(mark) for mark in marks if mark and mark > 0]
    if not marks:
        return None
    return max(0.0, min(scale, sum(marks) / len(marks)))


def mean(values):
    """Mean of the values that are not None, or None."""
    values = [value for value in values if value is not None]
    if not values:
        return None
    return sum(values) / len(values)


def rate(score, scale=5.0):
    """A 0-5 score as a percentage."""
    if score is None:
        return None
    return round(score / scale * 100.0, 1)
