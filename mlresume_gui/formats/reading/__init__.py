"""Reading other tools' files: geometry, labelling and assembly into the model."""
