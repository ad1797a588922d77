"""Foods: magnesium in USDA SR28 foods, and amounts of food as people type them."""
