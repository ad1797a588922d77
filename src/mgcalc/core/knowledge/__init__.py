"""What mgcalc knows to recommend: goals, form rankings, the guide's topics and figures."""
