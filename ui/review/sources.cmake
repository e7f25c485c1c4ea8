# Sources of ui/review, added to causeway-ui.
