"""Transfer-payment 区域绩效目标表 (§1, 163号): the region's money split by source, its
indicators, and a sheet of tasks and money per county."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout11.common import block, signatures, wide
from tests.variants.holdout11.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok

AMT = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


def region_head(s: Sheet, *, title: str, fund: str, central: str, local: str, area: str,
                money_head: tuple[str, ...], amounts: tuple[Any, ...],
                goal: str) -> None:  # fmt: skip
    s.title(title, 6)
    s.row(f"（填报单位：{local}、{area}财政局）", merge=[(1, 6)])
    s.row("专项资金名称", fund, merge=[(2, 6)])
    s.row("中央主管部门", central, None, "地方主管部门", local, merge=[(2, 3), (5, 6)])
    s.row("地区", area, merge=[(2, 6)])
    s.row("资金情况（万元）", *money_head)
    s.row(None, *amounts)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


@variant("w04-farmland-region-ok", (5, 12), "区域绩效目标表, four money sources, county sheet")
def w04() -> Book:
    """Correct: a region's farmland transfer: 中央补助 + 省级补助 + 市县配套 = 年度金额, ★ core
    indicators, a 其中 sub-indicator, a dimensionless coefficient, and a second sheet of tasks
    per county adding up to the region's money and areas."""
    b = Book()
    s = b.sheet("区域绩效目标", widths=(12, 14, 16, 32, 16, 16))
    region_head(
        s, title="2027年度农田建设补助资金区域绩效目标表", fund="农田建设补助资金",
        central="农业农村部", local="青川市农业农村局", area="青川市",
        money_head=("年度金额", "其中：中央补助", "省级补助", "市县配套"),
        amounts=(money(6380, AMT), money(4200, AMT), money(1500, AMT), money(680, AMT)),
        goal="目标1：新建高标准农田5.2万亩，其中高效节水灌溉1.1万亩；\n"
        "目标2：项目区亩均粮食产能提高50公斤以上，受益农户1.8万户以上；\n"
        "目标3：建立健全工程建后管护机制，受益农户满意度达到90%以上。",
    )  # fmt: skip
    block(
        s, HEAD, label="绩效指标",
        rows=[
            ("产出指标", "数量指标", "★新建高标准农田面积", "≥5.2万亩", "核心指标"),
            (None, None, "其中：高效节水灌溉面积", "≥1.1万亩", None),
            (None, "质量指标", "★项目工程验收合格率", "=100%", "核心指标"),
            (None, None, "耕地质量等级提升", "≥0.5个等级", None),
            (None, "时效指标", "项目当年开工率", "≥90%", None),
            (None, None, "资金下达时限", "收到资金后30日内", None),
            (None, "成本指标", "★高标准农田亩均财政投入", "≤1200元/亩", "核心指标"),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50公斤/亩", None),
            (None, "社会效益指标", "受益农户数", "≥1.8万户", None),
            (None, "生态效益指标", "项目区农田灌溉水有效利用系数",
             ok("≥0.58", note="a coefficient has no unit"), None),
            (None, "可持续影响指标", "工程设施设计使用年限", "≥15年", None),
            ("满意度指标", "服务对象满意度指标", "★受益农户满意度", "≥90%", "核心指标"),
        ],
    )  # fmt: skip
    wide(s, "注：标★的为核心指标，不得删除或调整。", 1, 6)
    signatures(s, filled=(2026, 11, 16), names=("陈立新", "黄敏"), phone="0871-6350812")
    t = b.sheet("分县任务", widths=(6, 12, 14, 14, 12, 12, 16, 18))
    t.title("2027年度农田建设补助资金分县（市、区）任务和资金表", 8)
    t.row("序号", "县（市、区）", "下达资金（万元）", "其中：中央补助", "省级补助", "市县配套",
          "新建高标准农田（万亩）", "其中：高效节水灌溉（万亩）")  # fmt: skip
    for i, (county, parts, area, water) in enumerate(
        [("云岭县", (1500, 520, 240), 1.8, 0.4), ("青溪县", (1400, 500, 230), 1.7, 0.35),
         ("安河区", (1300, 480, 210), 1.7, 0.35)], start=1):  # fmt: skip
        t.row(i, county, money(sum(parts), AMT), *(money(p, AMT) for p in parts), area, water)
    t.row("合计", None, money(6380, AMT), money(4200, AMT), money(1500, AMT), money(680, AMT),
          5.2, 1.1, merge=[(1, 2)])  # fmt: skip
    return b


@variant("w05-school-region-wrong", (12,), "区域绩效目标表, sources not adding up, no 满意度")
def w05() -> Book:
    """A region's compulsory-education transfer: 中央补助 + 地方资金 ≠ 年度金额, no 满意度指标
    at all, the same indicator twice with different values."""
    b = Book()
    s = b.sheet("区域绩效目标", widths=(12, 14, 16, 32, 16, 16))
    region_head(
        s, title="2027年度城乡义务教育补助经费区域绩效目标表", fund="城乡义务教育补助经费",
        central="教育部", local="青川市教育体育局", area="青川市",
        money_head=("年度金额", "其中：中央补助", "地方资金"),
        amounts=(mk(money(3560, AMT), "B101", "error", row=True,
                    note="2480 + 1020 = 3500, not 3560"),
                 money(2480, AMT), money(1020, AMT)),
        goal="落实城乡统一的义务教育经费保障机制，保障公用经费、免费教科书和家庭经济困难"
        "学生生活补助足额及时到位，义务教育巩固率保持在96%以上。",
    )  # fmt: skip
    block(
        s, HEAD, label="绩效指标",
        rows=[
            ("产出指标", "数量指标", "享受公用经费补助学生数", "≥12.6万人", None),
            (None, None, "家庭经济困难寄宿生生活补助人数", "≥1.45万人", None),
            (None, "质量指标", ok("义务教育巩固率", "error",
                                   note="first of the pair; either row may be reported"),
             "≥96%", None),
            (None, None, "免费教科书覆盖率", "=100%", None),
            (None, "时效指标", "资金拨付及时率", "=100%", None),
            (None, "成本指标", "小学生均公用经费基准定额", "≥720元/生·年", "国家基准定额"),
            (None, None, "初中生均公用经费基准定额", "≥940元/生·年", "国家基准定额"),
            ("效益指标", "社会效益指标",
             mk("义务教育巩固率", "D102", "error", row=True, alt=("D101", "D103"),
                note="same indicator as under 质量指标 with another value (96 % / 97 %)"),
             "≥97%", None),
            (None, None, "因贫失学辍学学生人数", "=0人", None),
            (None, "可持续影响指标", "城乡义务教育经费保障机制", "持续健全", None),
        ],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 in a transfer with students and parents "
                "as beneficiaries")  # fmt: skip
    signatures(s, filled=(2026, 11, 18), names=("周敏", "李文涛"), phone="0871-6358820")
    return b
