# Sources of core/review, added to causeway-core.
target_sources(causeway-core PRIVATE
)
