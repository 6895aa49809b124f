package main

func planOptions(r *report) error { return nil }
func do(r *report) error          { return nil }
func review(r *report) error      { return nil }
