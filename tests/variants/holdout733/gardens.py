"""Organic tea-garden certification returns: kbo01 to kbo06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout733.common import (
    YEAR,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout733.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

UNIT = "鹤塘县茶产业发展中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kbo01-organic-cert-typed-pct",
    (1, 5),
    "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent cells, "
    "万元 in the number format (correct)",
)
def kbo01() -> Book:
    goal = "完成有机茶园认证3000亩（其中新申报1800亩、复评1200亩），认证茶园农残抽检合格率98%以上。"
    b, s = project(
        "Sheet1", "鹤塘县有机茶园认证补助项目", UNIT, [goal], one_year(wan(180), wan(150), wan(30))
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标", "（一）数量指标", "有机认证茶园面积", "≥", 3000, "亩"),
        (None, None, "其中：新申报认证面积", "≥", 1800, "亩"),
        (None, "（二）质量指标", "认证茶园农残抽检合格率", "≥", pct(0.98), None),
        (None, None, "茶叶质量安全事故发生次数", "≤", 0, "起"),
        (None, "（三）时效指标", "认证证书取得时间", "≤", day(YEAR, 11, 30), None),
        ("二、成本指标", "（一）经济成本指标", "认证费用补助标准", "≤", 500, "元/亩"),
        ("三、效益指标", "（一）经济效益指标", "认证茶叶平均售价增幅", "≥", pct(0.15), None),
        (None, "（二）生态效益指标", "化肥使用量下降率", "≥", pct(0.1), None),
        ("四、满意度指标", "（一）服务对象满意度指标", "参与茶农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "蒲晓岚", "0739-6612408")
    return b


@variant(
    "kbo02-cert-area-mismatch",
    (12,),
    "project, OLD-NAT, one value column: the goal's certified area against the indicator, "
    "the subsidy standard × area over the money, money parts not adding up",
)
def kbo02() -> Book:
    goal = "对全县2500亩生态茶园开展有机转换认证，认证茶园农残抽检合格率不低于98%。"
    total = mk(wan(150), "B101", "error", note="150 ≠ 财政拨款 120 + 其他资金 20")
    b, s = project(
        "Sheet1", "鹤塘县生态茶园有机转换认证项目", UNIT, [goal], one_year(total, wan(120), wan(20))
    )
    area = mk("≥3200亩", "D104", "warning", note="年度目标写认证 2500 亩，指标却是 3200 亩")
    cost = mk("≤600元/亩", "B107", "warning", row=True,
              note="600 元/亩 × 3200 亩 = 192 万元，超过年度资金 150 万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "有机转换认证茶园面积", area),
        (None, None, "认证茶园土壤检测点位", "≥50个"),
        (None, "质量指标", "认证茶园农残抽检合格率", "≥98%"),
        (None, "时效指标", "认证申报完成时间", "2026年9月30日前"),
        (None, "成本指标", "认证补助标准", cost),
        ("效益指标", "经济效益指标", "认证茶园亩均增收", "≥800元"),
        (None, "生态效益指标", "茶园化学农药使用量", "下降"),
        ("满意度指标", "服务对象满意度指标", "参与茶农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚栎", "0739-6612433")
    return b


@variant(
    "kbo03-garden-stacked",
    (2,),
    "two tea-garden projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "with different values in each project (correct)",
)
def kbo03() -> Book:
    g1 = "扶持8家茶企完成有机茶园认证1200亩，绿色防控技术覆盖率达到90%。"
    b, s = project(
        "项目绩效目标", "有机茶园认证扶持项目", UNIT, [g1], one_year(wan(80), wan(80), wan(0)),
        title=f"鹤塘县{YEAR}年度茶产业项目支出绩效目标表",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扶持茶企数量", "≥8家"),
        (None, None, "有机认证茶园面积", "≥1200亩"),
        (None, "质量指标", "绿色防控技术覆盖率", "≥90%"),
        (None, "时效指标", "资金拨付时间", "2026年10月底前"),
        (None, "成本指标", "每家茶企认证扶持标准", "≤10万元"),
        ("效益指标", "经济效益指标", "认证茶叶销售额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "扶持茶企满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    g2 = "在石枧、霁山两镇推广茶园病虫害绿色防控5000亩，绿色防控技术覆盖率达到85%。"
    project_head(s, year=YEAR, name="茶园病虫害绿色防控项目", dept="鹤塘县农业农村局（312）",
                 unit="鹤塘县植保植检站", money=one_year(wan(60), wan(50), wan(10)),
                 goals=[g2], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "绿色防控推广面积", "≥5000亩"),
        (None, None, "发放杀虫灯、色板", "≥2000套"),
        (None, "质量指标", "绿色防控技术覆盖率", "≥85%"),
        (None, "时效指标", "物资发放完成时间", "2026年4月30日前"),
        (None, "成本指标", "每亩防控物资补助", "≤100元"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲晓岚", "0739-6612408")
    return b


@variant(
    "kbo04-garden-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's base count above the period's, "
    "年度目标 copied from 中期目标, a deadline before the period",
)
def kbo04() -> Book:
    text = "新增有机认证茶园6000亩，建成有机茶示范基地3个，认证茶园农残抽检合格率保持在98%以上。"
    copied = mk(text, "D204", "warning", note="三年期项目的年度目标逐字照抄中期目标")
    b, s = project(
        "Sheet1", "鹤塘县有机茶园扩面提质三年行动", UNIT, [text, copied],
        multi_year((wan(900), wan(810), wan(90)), (wan(300), wan(270), wan(30))), years=3,
    )  # fmt: skip
    base = mk("≥4个", "D201", "error", note="年度建 4 个示范基地，多于三年合计的 3 个")
    late = mk("2025年10月底前", "Y102", "error", alt=("Y101", "Y103"),
              note="项目期 2026—2028 年，年度期限却落在 2025 年")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新增有机认证茶园面积", "≥6000亩", "≥2000亩"),
        (None, None, "有机茶示范基地", "≥3个", base),
        (None, "质量指标", "认证茶园农残抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "认证申报材料提交时间", "2028年10月底前", late),
        ("成本指标", "经济成本指标", "每亩认证及转换补助", "≤1500元", "≤1500元"),
        ("效益指标", "经济效益指标", "有机茶亩均产值增幅", "≥20%", "≥8%"),
        (None, "可持续影响指标", "有机茶园管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚栎", "0739-6612433")
    return b


@variant(
    "kbo05-garden-flat-list",
    (3, 1, 10),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, a rate raised in 百分点, weights adding to 100 (correct)",
)
def kbo05() -> Book:
    tasks = [
        ("有机茶园认证", "组织茶企申报有机认证", wan(120), "认证茶园3000亩"),
        ("茶园绿色防控", "推广杀虫灯、色板和生物农药", wan(80), "绿色防控覆盖率≥85%"),
        ("金额合计", None, wan(200), None),
    ]
    goal = "推进有机茶园认证和绿色防控，认证茶园3000亩，茶叶抽检合格率比上年提高2个百分点。"
    budget = [(wan(520), wan(470), wan(50), wan(320), wan(200))]
    b, s = department("Sheet1", "鹤塘县茶产业发展中心", budget, goal, tasks)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("有机认证茶园面积", 20, "亩", "≥", 3000),
        ("绿色防控技术覆盖率", 15, "%", "≥", 85),
        ("茶叶抽检合格率提高", 15, "百分点", "≥", 2),
        ("认证茶园农残抽检合格率", 15, None, "≥", pct(0.98)),
        ("茶叶质量安全事故", 10, "起", "≤", 0),
        ("化学农药使用量下降率", 10, None, "≥", pct(0.12)),
        ("服务茶农满意度", 15, None, "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：权重合计100；“茶叶抽检合格率提高”以上年抽检结果为基数。")
    sign(s, "蒲晓岚", "0739-6612408")
    return b


@variant(
    "kbo06-garden-points-misplaced",
    (5,),
    "project, NAT-2021, tier labels with points: a quality rate under 时效, the certified area "
    "given twice with different values",
)
def kbo06() -> Book:
    goal = "完成茶园有机认证3000亩，认证茶叶抽检合格率98%以上，带动认证茶园亩均增收600元。"
    b, s = project(
        "Sheet1", "鹤塘县有机茶认证提升项目", UNIT, [goal], one_year(wan(160), wan(140), wan(20))
    )
    misplaced = mk("有机认证茶叶抽检合格率", "F201", "warning", row=True,
                   note="质量类比率填在时效指标下")  # fmt: skip
    twice = mk("≥3500亩", "D102", "error", row=True, alt=("D103", "D101", "D104"),
               note="与上面的“有机认证茶园面积 ≥3000亩”是同一指标，数值不同")  # fmt: skip
    cap = ok("≤500元/亩", note="按重复行的 3500 亩算会超出资金：由 D102 那行引起，容忍")
    indicators(s, HEAD4, [
        ("一、产出指标（50分）", "1.数量指标", "有机认证茶园面积", "≥3000亩"),
        (None, None, "认证茶园土壤检测点位", "≥60个"),
        (None, None, "认证有机茶园面积", twice),
        (None, "2.质量指标", "认证茶园投入品登记率", "=100%"),
        (None, "3.时效指标", misplaced, "≥98%"),
        (None, None, "认证证书取得时间", "2026年11月30日前"),
        ("二、成本指标（10分）", "1.经济成本指标", "认证补助标准", cap),
        ("三、效益指标（30分）", "1.经济效益指标", "认证茶园亩均增收", "≥600元"),
        (None, "2.生态效益指标", "化学农药使用量下降率", "≥10%"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参与茶农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚栎", "0739-6612433")
    return b
