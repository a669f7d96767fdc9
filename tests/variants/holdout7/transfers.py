"""中央对地方转移支付区域绩效目标表 as counties and cities of the invented 东岚省 send them to the
provincial 财政厅: 中央补助 + 地方资金, goals for the period and for the year, regional tables
stacked by county, NAT-2021 ecological transfers with 生态效益指标 and 可持续影响指标."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout7.registry import variant
from tests.variants.kit import CN_DATE, Book, C, Sheet, day, mk, ok, pct


def _money(v: float) -> C:
    return C(v, "#,##0.00")


def _regional_top(
    s: Sheet, year: int, name: str, width: int, rows: Sequence[Sequence[Any]]
) -> None:
    s.title("中央对地方转移支付区域绩效目标表", width)
    s.title(f"（{year}年度）", width)
    s.row("转移支付名称", name, merge=[(2, width)])
    for r in rows:
        s.row(*r)


@variant(
    "c01-regional-period-year-ok",
    (5, 8, 12),
    "regional transfer, OLD-NAT, 绩效指标 label "
    "merged down column A, money by period and year (中央补助 + 地方资金), goals per period",
)
def c01() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (14, 12, 16, 30, 18, 18))
    _regional_top(
        s,
        2026,
        "中央财政山区供水设施维修养护补助资金",
        6,
        [
            ("中央主管部门", "水利部", None, "省级主管部门", "东岚省水利厅", None),
            ("省级财政部门", "东岚省财政厅", None, "填报单位", "石湾市水务局", None),
        ],
    )
    for r in range(s.r - 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    top = s.row(
        "资金情况（万元）",
        "资金来源",
        "实施期资金总额（2025—2027年）",
        None,
        "年度资金总额（2026年）",
        None,
        merge=[(3, 4), (5, 6)],
    )
    s.row(None, "资金总额", _money(3600), None, _money(1250), None, merge=[(3, 4), (5, 6)])
    s.row(None, "其中：中央补助", _money(3000), None, _money(1000), None, merge=[(3, 4), (5, 6)])
    s.row(None, "地方资金", _money(600), None, _money(250), None, merge=[(3, 4), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "总体目标",
        "实施期目标（2025—2027年）",
        None,
        "年度目标（2026年）",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.row(
        None,
        "到2027年累计维修养护山区农村供水工程2400处，改造更新输水管网360公里，农村自来水"
        "普及率达到93%以上，山区群众饮水条件显著提升。",
        None,
        "2026年维修养护农村供水工程850处，改造更新输水管网120公里，农村自来水普及率达到92%，"
        "供水水质达标率不低于90%。",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [
            ("绩效指标", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"),
            (None, "产出指标", "数量指标", "维修养护农村供水工程", "≥2400处", "≥850处"),
            (None, None, None, "改造更新输水管网", "≥360公里", "≥120公里"),
            (None, None, "质量指标", "维修养护工程验收合格率", "≥95%", "≥95%"),
            (None, None, None, "农村供水水质达标率", "≥90%", "≥90%"),
            (
                None,
                None,
                "时效指标",
                "年度维修养护任务完成时间",
                "每年12月31日前",
                "2026年12月31日前",
            ),
            (None, None, "成本指标", "单处工程平均补助标准", "≤1.45万元/处", "≤1.45万元/处"),
            (None, "效益指标", "社会效益指标", "农村自来水普及率", "≥93%", "≥92%"),
            (None, None, None, "供水保障受益人口", "≥48万人", "≥16万人"),
            (None, None, "可持续影响指标", "工程长效管护机制", "健全", "健全"),
            (None, None, None, "山区群众饮水条件", "显著提升", "逐年改善"),
            (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "c02-regional-county-defects",
    (11, 12),
    "regional transfer for one county, OLD-NAT, one "
    "year: 中央补助 + 地方资金 ≠ 资金总额, a copied row left with its old name, a rate given as "
    "a count, a complaint rate with ≥",
)
def c02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 18, 22))
    _regional_top(
        s,
        2026,
        "中央财政水毁设施修复补助资金（柘溪县）",
        5,
        [
            ("省级主管部门", "东岚省水利厅", "实施单位", "柘溪县水利局", None),
        ],
    )
    s.ws.merge_cells(start_row=s.r, start_column=4, end_row=s.r, end_column=5)
    top = s.row(
        "资金情况（万元）",
        "年度资金总额",
        mk(_money(860), "B101", "error", note="700 + 180 = 880 ≠ 860"),
    )
    s.row(None, "其中：中央补助", _money(700))
    s.row(None, "地方资金", _money(180))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "2026年汛前完成水毁堤防修复12公里、灌溉渠道35公里，恢复2.6万亩农田"
        "灌溉和防洪保护能力，保障3.1万群众生产生活安全。",
        merge=[(2, 5)],
    )
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注"),
            ("产出指标", "数量指标", "修复水毁堤防", "≥12公里", None),
            (None, None, "修复灌溉渠道", "≥35公里", None),
            (
                None,
                None,
                mk(
                    "修复灌溉渠道",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101",),
                    note="copied row: same name, other value",
                ),
                "≥25公里",
                None,
            ),
            (None, "质量指标", "修复工程验收合格率", mk("≥30处", "T105", "error"), None),
            (None, "时效指标", "汛前修复完成时间", "2026年5月31日前", None),
            (
                None,
                "成本指标",
                "堤防修复单位成本",
                "≤38万元/公里",
                ok("参照2025年同类工程", note="a prior-year reference, not a wrong year"),
            ),
            ("效益指标", "经济效益指标", "减少洪涝灾害经济损失", "≥1500万元", None),
            (None, "社会效益指标", "恢复农田灌溉和防洪保护面积", "≥2.6万亩", None),
            (None, None, "受益群众", "≥3.1万人", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
            (None, None, "群众投诉率", mk("≥5%", "T108", "warning", row=True), None),
        ],
        merged=(1, 2),
    )
    s.row("填表人：周敏", None, "审核人：吴建华", "联系电话：0736-5512308")
    return b


def _ecology_head(s: Sheet, year: int, name: str, total: float, central: float,
                  local: float, goal: str) -> None:  # fmt: skip
    _regional_top(s, year, name, 7, [])
    s.row("省级主管部门", "东岚省林业局", None, "填报单位", "鹭溪市自然资源和规划局", None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("资金情况（万元）", "资金总额", _money(total), "其中：中央补助", _money(central),
          "地方资金", _money(local))  # fmt: skip
    s.row("年度总体目标", goal, merge=[(2, 7)])


@variant(
    "c03-regional-ecology-ok",
    (1, 5, 10),
    "regional transfer, NAT-2021 with 生态效益指标 and "
    "可持续影响指标, 比较符 / 计量单位 / 指标方向 columns, percent cells, a date cell, 百分点, "
    "a legitimate 0起",
)
def c03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 28, 8, 14, 10, 10))
    _ecology_head(
        s,
        2025,
        "中央财政鹭溪流域生态保护修复补助资金",
        8200,
        6500,
        1700,
        "目标1：完成鹭溪流域生态修复治理1.2万亩，清淤疏浚河道28公里；"
        "目标2：流域森林覆盖率提高0.8个百分点，重点断面水质达标率不低于90%；"
        "目标3：落实修复区管护责任，水生态环境质量逐年改善。",
    )
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向"),
            ("成本指标", "经济成本指标", "单位面积修复治理成本", "≤", 0.62, "万元/亩", "反向"),
            (None, "社会成本指标", "施工安全生产事故", "=", 0, "起", "反向"),
            (None, "生态环境成本指标", "施工期新增水土流失面积", "≤", 50, "亩", "反向"),
            ("产出指标", "数量指标", "生态修复治理面积", "≥", 12000, "亩", "正向"),
            (None, None, "河道清淤疏浚长度", "≥", 28, "公里", "正向"),
            (None, "质量指标", "补植苗木成活率", "≥", pct(0.85), "%", "正向"),
            (None, None, "工程验收合格率", "=", pct(1), "%", "正向"),
            (None, "时效指标", "修复工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None, "反向"),
            ("效益指标", "生态效益指标", "流域森林覆盖率提高", "≥", 0.8, "百分点", "正向"),
            (None, None, "重点断面水质达标率", "≥", pct(0.9), "%", "正向"),
            (None, None, "水生态环境质量", "定性", "逐年改善", None, "定性"),
            (None, "可持续影响指标", "修复区管护责任落实率", "=", pct(1), "%", "正向"),
            (None, None, "修复成效保持年限", "≥", 10, "年", "正向"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%", "正向"),
        ],
        merged=(1, 2),
    )
    s.row("注：指标方向按“正向/反向/定性”填写；金额单位为万元。")
    return b


@variant(
    "c04-regional-ecology-defects",
    (5, 6),
    "regional transfer, NAT-2021, operator and unit "
    "columns: no 满意度指标, 可持续影响指标 under 产出指标, a planting area left at 0",
)
def c04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 8, 14, 10, 10))
    _ecology_head(
        s,
        2026,
        "中央财政国土绿化补助资金（鹭溪市）",
        1480,
        1200,
        280,
        "2026年完成人工造林0.3万亩、退化林修复0.5万亩，新造林成活率不低于85%，"
        "林草生态系统质量稳步提升。",
    )
    b.file_mark("F106", "error", note="NAT-2021 table without 满意度指标")
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注"),
            ("成本指标", "经济成本指标", "人工造林每亩补助标准", "≤", 1500, "元/亩", None),
            ("产出指标", "数量指标", "人工造林面积", "≥", 3000, "亩", None),
            (None, None, "退化林修复面积", "≥", 5000, "亩", None),
            (
                None,
                None,
                "新增封山育林面积",
                "≥",
                mk(0, "T115", "error", row=True, alt=("T101",), note="a quantity target of 0"),
                "亩",
                None,
            ),
            (None, "质量指标", "新造林成活率", "≥", pct(0.85), "%", None),
            (None, "时效指标", "造林任务完成时间", "≤", "2026年6月30日", None, None),
            (
                None,
                mk("可持续影响指标", "F105", "error", row=True),
                "林木管护期",
                "≥",
                3,
                "年",
                None,
            ),
            ("效益指标", "生态效益指标", "新增森林蓄积量", "≥", 1.2, "万立方米", None),
            (None, "社会效益指标", "带动农户参与造林管护", "≥", 260, "户", None),
        ],
        merged=(1, 2),
    )
    return b


def _county(s: Sheet, county: str, money: tuple[Any, Any, Any], goal: str,
            rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    s.skip()
    s.row("地区", county, "年度资金总额（万元）", money[0], merge=[(4, 5)])
    s.row("其中：中央补助", money[1], "地方资金", money[2], merge=[(4, 5)])
    s.row("年度目标", goal, merge=[(2, 5)])
    s.table([("一级指标", "二级指标", "三级指标", "指标值", "备注"), *rows], merged=(1, 2))


def _roads(km: Any, bridges: str, good: Any, grade: str, sat: str) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "农村公路养护里程", km, None),
        (None, None, "危桥改造", bridges, None),
        (None, "质量指标", "养护路段优良路率", good, None),
        (None, None, "养护作业安全生产事故", ok("0起", note="a 0 count needs no operator"), None),
        (None, "时效指标", "危桥改造完成时间", "2026年10月31日前", None),
        (None, "成本指标", "每公里年均养护补助", "≤0.45万元/公里", None),
        ("效益指标", "社会效益指标", "农村公路通行条件", grade, None),
        (None, "可持续影响指标", "养护管理长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", sat, None),
    ]


@variant(
    "c16-regional-by-county-ok",
    (2, 5, 12),
    "regional transfer split by county: three county "
    "tables stacked under a provincial total, the same tier-3 names with different targets",
)
def c16() -> Book:
    b = Book()
    s = b.sheet("分县绩效目标", (16, 18, 28, 18, 16))
    s.title("2026年中央对地方转移支付区域绩效目标表（分县）", 5)
    s.row("转移支付名称", "中央财政农村公路养护补助资金", merge=[(2, 5)])
    s.row("全省合计（万元）", _money(1250), "其中：中央补助", _money(1060), None)
    s.row(None, None, "地方资金", _money(190), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.ws.merge_cells(start_row=s.r - 1, start_column=2, end_row=s.r, end_column=2)
    _county(
        s,
        "柘溪县",
        (_money(420), _money(360), _money(60)),
        "养护农村公路620公里，改造危桥3座，优良路率达到75%。",
        _roads("≥620公里", "≥3座", "≥75%", "显著提升", "≥90%"),
    )
    _county(
        s,
        "青溪区",
        (_money(330), _money(280), _money(50)),
        "养护农村公路480公里，改造危桥2座，优良路率达到70%。",
        _roads("≥480公里", "≥2座", "≥70%", "逐年改善", "≥88%"),
    )
    _county(
        s,
        "云岭县",
        (_money(500), _money(420), _money(80)),
        "养护农村公路750公里，改造危桥4座，优良路率达到78%。",
        _roads("≥750公里", "≥4座", "≥78%", "显著提升", "≥90%"),
    )
    return b


@variant(
    "c17-regional-by-county-defects",
    (2, 6, 12),
    "regional transfer split by county, two "
    "county tables: a rate without %, the second county's money does not add up, a 时效 "
    "row left from the template",
)
def c17() -> Book:
    b = Book()
    s = b.sheet("分县绩效目标", (16, 18, 28, 18, 16))
    s.title("2026年中央对地方转移支付区域绩效目标表（分县）", 5)
    s.row("转移支付名称", "中央财政农村公路养护补助资金", merge=[(2, 5)])
    rows = _roads(
        "≥540公里",
        "≥2座",
        mk("≥72", "T105", "error", alt=("T104", "T116"), note="a rate without %"),
        "显著提升",
        "≥90%",
    )
    _county(
        s,
        "白鹭县",
        (_money(380), _money(320), _money(60)),
        "养护农村公路540公里，改造危桥2座，优良路率达到72%。",
        rows,
    )
    rows = _roads("≥410公里", "≥1座", "≥70%", "逐年改善", "≥90%")
    rows[4] = (None, mk("时效指标", "F109", "warning", row=True), None, None, None)
    _county(
        s,
        "南屏县",
        (mk(_money(300), "B101", "error", note="240 + 50 = 290 ≠ 300"), _money(240), _money(50)),
        "养护农村公路410公里，改造危桥1座，优良路率达到70%。",
        rows,
    )
    return b
