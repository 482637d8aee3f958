"""The Reports section: sales figures a head of sales and a manager read on Monday."""
