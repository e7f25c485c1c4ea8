# Sources of ui/actions, added to causeway-ui.
