"""Rounds 160 and on (holdout479–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

from goalbook.reader import read_tables
from tests.returns import found_at, one_year_table, save_sheet, table_found

# findings of a one-year table of this project with the given indicator rows
_found = partial(table_found, name="傩面具技艺传承", goal="记录傩面具雕刻技艺。")


def _names(
    path: Path, rows: list[list[Any]], below: list[list[Any]], merges: tuple[str, ...]
) -> list[str]:
    save_sheet(path, one_year_table("村级服务站建设", 40, "新建服务点6个。", rows, below), merges)
    return [i.label for i in read_tables(path)[0].indicators]


def test_a_station_due_by_a_date_inside_merged_tiers_is_an_indicator(tmp_path: Path) -> None:
    """新建北坡村综合服务站 │ 2026-06-30 under tier labels merged down over it: an indicator and
    its due date, and the rows below it are read; the same office and date under the table
    (云塘县民政局 │ 2026年12月8日) is its sign-off."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建村级服务点", "≥", 6, "个"],
        [None, None, "新建北坡村综合服务站", None, dt.date(2026, 6, 30), None],
        [None, "质量指标", "服务点验收合格率", "≥", "95", "%"],
        ["效益指标", "社会效益指标", "服务群众人次", "≥", 3000, "人次"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
    ]
    below = [["云塘县民政局", None, None, "2026年12月8日"]]
    names = _names(tmp_path / "s.xlsx", rows, below, ("A7:A9", "B7:B8"))
    assert names == ["新建村级服务点", "新建北坡村综合服务站", "服务点验收合格率", "服务群众人次",
                     "群众满意度"]  # fmt: skip


def test_hours_of_craft_recorded_are_more_the_better(tmp_path: Path) -> None:
    """雕刻技艺影像记录时长 ≥120小时 (hours of film recorded, as 录制时长), 剧目展播时长 ≥40小时
    (hours shown) and 采录方言语料时长 ≥300小时 (hours collected): more is better, no T108."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "雕刻技艺影像记录时长", "≥", 120, "小时"],
        ["产出指标", "数量指标", "傩戏剧目展播时长", "≥", 40, "小时"],
        ["产出指标", "数量指标", "采录方言语料时长", "≥", 300, "小时"],
        ["效益指标", "社会效益指标", "传承人带徒人数", "≥", 12, "人"],
        ["满意度指标", "服务对象满意度指标", "观众满意度", "≥", "90", "%"],
    ]
    assert not [f for f in _found(tmp_path / "h.xlsx", rows) if f[0] == "T108"]


def test_a_fence_rebuilt_per_km_is_no_standard_for_the_km_patrolled(tmp_path: Path) -> None:
    """围栏改造单价 ≤0.8万元/公里 beside 巡护里程 ≥5000公里 (the table's one count in 公里, of a
    different work): no B107 (0.8万 × 5000 = 4000万 over the 30万); 围栏改造长度 ≥120公里 is
    the standard's count (0.8万 × 120 = 96万 over it: B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "巡护里程", "≥", 5000, "公里"],
        ["产出指标", "成本指标", "围栏改造单价", "≤", 0.8, "万元/公里"],
        ["效益指标", "生态效益指标", "围栏挂困死亡发生数", "≤", 2, "只"],
        ["满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥", "90", "%"],
    ]
    assert "B107" not in {f[0] for f in _found(tmp_path / "p.xlsx", rows)}
    rows[0][2:5] = ["围栏改造长度", "≥", 120]
    assert "B107" in {f[0] for f in _found(tmp_path / "f.xlsx", rows)}


def test_a_lines_title_alone_over_one_pair_a_row(tmp_path: Path) -> None:
    """资金测算明细（万元） merged alone across its row, then 劳务费 │ 40, … and 合计 │ 80 below
    it (no 名称 │ 金额 header): the block's lines are read, so a total they do not reach is
    B102 and an amount pasted twice (12万12万) is X106 at its cell."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "救护野生动物数量", "≥", 40, "只"],
        ["效益指标", "生态效益指标", "放归个体跟踪监测数", "≥", 10, "只"],
        ["满意度指标", "服务对象满意度指标", "志愿者满意度", "≥", "90", "%"],
    ]
    below: list[list[Any]] = [
        [],
        ["资金测算明细（万元）"],
        ["救护人员劳务", 40],
        ["车辆燃油", "12万12万"],
        ["药品及饲料", 23],
        ["合计", 80],
    ]
    path = tmp_path / "l.xlsx"
    table = one_year_table("野生动物救护站运行", 80, "救护受伤野生动物并放归。", rows, below)
    save_sheet(path, table, merges=("A11:F11",))
    found = {(code, cell) for code, _severity, cell in found_at(path)}
    assert ("X106", "B13") in found and ("B102", "B15") in found


def test_people_hurt_and_eggs_found_ill_are_less_the_better(tmp_path: Path) -> None:
    """骑手坠马受伤率 大于等于 3% and 微粒子病检出率 ≥0.5% (a typed percent cell each): T108 at
    both rows; 隐患检出率 (the faults an inspection finds) and 早期病例检出率 (the cases a
    screening finds) have no direction to go against."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "举办赛马活动", "≥", 3, "场"],
        ["产出指标", "质量指标", "微粒子病检出率", "≥", "0.5", "%"],
        ["产出指标", "质量指标", "隐患检出率", "≥", "90", "%"],
        ["产出指标", "质量指标", "早期病例检出率", "≥", "60", "%"],
        ["效益指标", "社会效益指标", "骑手坠马受伤率", "大于等于", "3", "%"],
        ["满意度指标", "服务对象满意度指标", "牧民满意度", "≥", "90", "%"],
    ]
    rows_of = {cell[1:] for code, _s, cell in _found(tmp_path / "r.xlsx", rows) if code == "T108"}
    assert rows_of == {"8", "11"}


def test_a_time_in_words_with_its_date_in_brackets_is_a_deadline(tmp_path: Path) -> None:
    """种公羊调运完成时间 │ 配种季前（9月30日前）: a deadline (the date in brackets), no T102
    calling it a description; 配种季前（见说明） still is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "调运种公羊", "≥", 60, "只"],
        ["产出指标", "时效指标", "种公羊调运完成时间", None, "配种季前（9月30日前）", None],
        ["效益指标", "经济效益指标", "参与牧户增收", "≥", 2000, "元/户"],
        ["满意度指标", "服务对象满意度指标", "牧户满意度", "≥", "90", "%"],
    ]
    assert "T102" not in {code for code, _s, _c in _found(tmp_path / "d.xlsx", rows)}
    rows[1][4] = "配种季前（见说明）"
    assert ("T102", "E8") in {(code, cell) for code, _s, cell in _found(tmp_path / "t.xlsx", rows)}


def test_a_count_held_under_a_cap_takes_its_bound(tmp_path: Path) -> None:
    """洞窟日最大接待量 ≤6000人次 under 数量指标: a ceiling on visitors, ≤ is right (no T108 for a
    正向 count); 开放洞窟轮换批次 ≤4批 under it is still an output written as a cap (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "洞窟日最大接待量", "≤", 6000, "人次"],
        ["产出指标", "数量指标", "开放洞窟轮换批次", "≤", 4, "批"],
        ["效益指标", "社会效益指标", "壁画人为损伤事件发生率", "≤", "0.1", "%"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥", "90", "%"],
    ]
    assert [cell for code, _s, cell in _found(tmp_path / "c.xlsx", rows) if code == "T108"] == [
        "E8"
    ]


def test_a_pest_density_per_sample_is_a_quantity_less_the_better(tmp_path: Path) -> None:
    """活螺平均密度 ≥0.02只/0.1平方米 (per a frame of 0.1 m²): a quantity, no T102 calling it a
    description, and a pest's density is 反向 (T108 for ≥); 监测数据平台 │ 试运行 is a state (no
    T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "查螺面积", "≥", 1200, "亩"],
        ["产出指标", "质量指标", "活螺平均密度", None, "≥0.02只/0.1平方米", None],
        ["效益指标", "可持续影响指标", "监测数据平台运行", None, "试运行", None],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥", "90", "%"],
    ]
    found = {(code, cell) for code, _s, cell in _found(tmp_path / "s.xlsx", rows)}
    assert not {code for code, _cell in found} & {"T102"}
    assert ("T108", "E8") in found


def test_a_seal_line_under_the_table_ends_it(tmp_path: Path) -> None:
    """（单位公章） │ │ │ 2024年11月25日 under the table (the fill date, the year before): the
    form's sign-off, not an indicator (no Y102 error for its date, no F201, no S101)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "补配琉璃瓦件", "≥", 6500, "件"],
        ["效益指标", "社会效益指标", "屋面漏雨问题", None, "有效解决", None],
        ["满意度指标", "服务对象满意度指标", "管理方满意度", "≥", "90", "%"],
    ]
    below: list[list[Any]] = [["（单位公章）", None, None, "2024年11月25日"]]
    path = tmp_path / "s.xlsx"
    save_sheet(path, one_year_table("屋面琉璃瓦补配", 86, "补配琉璃瓦件。", rows, below))
    assert not [f for f in found_at(path) if f[2].endswith("10")]


def _department(path: Path, tasks: list[list[Any]], goal: str, rows: list[list[Any]]) -> Path:
    """A department's table: its money, its tasks (名称 │ 内容 │ 金额 │ 期望达到的目标), its goal
    and its indicators (rows of tier-1 │ tier-2 │ name │ value)."""
    total = sum(t[2] for t in tasks)
    sheet: list[list[Any]] = [
        ["2025年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "临岚县职业技能培训中心"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, total + 50, total + 50, 0, 50, total],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        *[[None, *task] for task in tasks],
        [None, "金额合计", None, total],
        ["年度总体目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]
    return save_sheet(path, sheet)


_TRAINING: list[list[Any]] = [
    ["产出指标", "数量指标", "竹编学徒培训人数", "≥70人"],
    ["产出指标", "质量指标", "培训考核合格率", "≥85%"],
    ["效益指标", "社会效益指标", "学徒结业后就业率", "≥60%"],
    ["满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"],
]


def test_a_count_given_for_several_things_or_tasks_is_not_the_indicators(
    tmp_path: Path,
) -> None:
    """完成藤编、竹编学徒培训110人 (two crafts counted together) and two tasks' goals 培训学徒
    70人 · 培训学徒40人 (parts of a whole) against 竹编学徒培训人数 ≥70人 and 学徒培训人数
    ≥110人: no D104; a goal saying 竹编学徒培训90人 alone still contradicts ≥70人 (D104)."""
    tasks: list[list[Any]] = [
        ["竹编学徒培训", "组织竹编学徒进作坊", 60, "培训学徒70人"],
        ["藤编学徒培训", "组织藤编学徒进作坊", 40, "培训学徒40人"],
    ]
    rows = [*_TRAINING, ["产出指标", "数量指标", "培训学徒人数", "≥110人"]]
    path = _department(tmp_path / "j.xlsx", tasks, "完成藤编、竹编学徒培训110人。", rows)
    assert "D104" not in {code for code, _s, _c in found_at(path)}
    path = _department(tmp_path / "a.xlsx", tasks, "完成竹编学徒培训90人。", rows)
    assert "D104" in {code for code, _s, _c in found_at(path)}


def test_things_bought_beyond_a_departments_project_spending(tmp_path: Path) -> None:
    """每台除氟设备购置标准 ≤1.2万元/台 × 配发除氟设备台数 150台 = 180万: within the 210万 in all
    but above the 160万 of 项目支出, which pays for what is bought: B107 (a warning) at the
    standard; a standard per person a month (护边员补助 per 人·月) is not held against it (people
    may be paid from 基本支出)."""
    tasks: list[list[Any]] = [["设备配发", "配发分散户除氟设备", 160, "设备入户"]]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "配发除氟设备台数", "≥150台"],
        ["产出指标", "成本指标", "每台除氟设备购置标准", "≤1.2万元/台"],
        ["效益指标", "社会效益指标", "受益人口", "≥26000人"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]
    path = _department(tmp_path / "d.xlsx", tasks, "配发分散户除氟设备150台。", rows)
    assert ("B107", "warning", "D11") in found_at(path)
    rows[0][2:4], rows[1][2:4] = ["在册护边员人数", "≥70人"], ["护边员月补助标准", "≤2200元/人·月"]
    path = _department(tmp_path / "p.xlsx", tasks, "按月发放护边员补助。", rows)
    assert "B107" not in {code for code, _s, _c in found_at(path)}


def test_a_time_saved_and_an_event_held_every_year(tmp_path: Path) -> None:
    """学生上下学单程平均缩短时间 ≥30分钟 (the time a bridge saves: its size, 正向): no T108 from
    the 平均…时间 of a task's time; 运动会纳入县年度赛事计划 │ 每年举办 (and 连续举办) is a
    state, no T102 calling it a description."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建人行索桥", "≥", 3, "座"],
        ["效益指标", "社会效益指标", "学生上下学单程平均缩短时间", "≥", 30, "分钟"],
        ["效益指标", "可持续影响指标", "运动会纳入县年度赛事计划", None, "每年举办", None],
        ["效益指标", "可持续影响指标", "联赛纳入年度体育工作计划", None, "连续举办", None],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", "90", "%"],
    ]
    assert not {"T108", "T102"} & {code for code, _s, _c in _found(tmp_path / "t.xlsx", rows)}
