# Sources of ui/dashboard, added to causeway-ui.
