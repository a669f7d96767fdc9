"""Fishing-village returns mixing both farms: header words, notes, department money, points at
two levels and template rows (bx13–bx18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout534.common import (
    HEAD_ONE,
    YEAR,
    indicators,
    money_rows,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout534.registry import variant
from tests.variants.kit import Book, day, mk

TOWN = "鹭汊乡人民政府（609）"
HEAD_WEIGHT = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "bx13-village-export-second-sheet",
    (7,),
    "budget-system export: detail on 05-1, the "
    "indicator table on sheet 05-2 with its header on row 3, codes in the first columns, "
    "headers 指标内容 and 绩效标准 (correct)",
)
def bx13() -> Book:
    b, s = start("项目支出预算05-1", (16, 26, 20, 14))
    code, name = "609001250013", "鹭汊乡螺蛳鲍鱼冷链集配中心建设项目"
    s.title(f"{YEAR}年项目支出预算表", 4)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额")
    s.table(
        [
            (code, name, "冷库设备购置", wan(96)),
            (None, None, "冷链运输车辆", wan(48)),
            (None, None, "分拣包装线", wan(36)),
            (None, None, "合计", wan(180)),
        ],
        merged=(1, 2),
    )
    t = b.sheet("项目支出绩效目标05-2", (16, 22, 14, 16, 28, 16))
    t.title(f"{YEAR}年项目支出绩效目标表", 6)
    t.row("单位名称：鹭汊乡人民政府", None, None, None, "单位：万元")
    indicators(
        t,
        ("项目编码", "项目名称", "一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            (code, name, "产出指标", "数量指标", "建成冷库", "≥2座"),
            (None, None, None, None, "购置冷链运输车", "≥4辆"),
            (None, None, None, "质量指标", "冷库验收合格率", "=100%"),
            (None, None, None, "时效指标", "集配中心投入使用时间", "≤10月31日"),
            (None, None, None, "成本指标", "冷库单座建设成本", "≤48万元"),
            (None, None, "效益指标", "经济效益指标", "螺蛳鲍鱼产地损耗率", "≤5%"),
            (None, None, None, "社会效益指标", "服务渔业村", "≥9个"),
            (None, None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "bx14-abalone-notes-defects",
    (4,),
    "project, OLD-NAT, one value column: a 注 row "
    "between tiers, a footnote on the total, 填表说明 and signature lines; a satisfaction "
    "target of 50 % and a completion date a year late",
)
def bx14() -> Book:
    b, s = start()
    end = mk(
        day(YEAR + 1, 12, 31),
        "Y102",
        "error",
        alt=("Y101",),
        note="a one-year 2025 project cannot end on 2026-12-31",
    )
    project_head(
        s,
        year=YEAR,
        name="鹭汊村鲍鱼养殖渔排安全改造项目",
        dept=TOWN,
        unit="鹭汊村股份经济合作社",
        money=money_rows(wan(210), wan(190), wan(20)),
        end=end,
        goals=["改造鲍鱼养殖渔排86组，更换环保浮球和锚泊系统。"],
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("产出指标", "数量指标", "改造鲍鱼养殖渔排", "≥86组"),
            (None, None, "更换环保浮球", "≥6000个"),
            (None, "质量指标", "渔排改造验收合格率", "≥98%"),
            (None, "成本指标", "单组渔排改造成本", "≤2万元"),
        ],
    )
    s.row("注：效益指标按改造完成后一个养殖季测算。", merge=[(1, 4)])
    s.table(
        [
            ("效益指标", "生态效益指标", "泡沫浮球替换率", "=100%"),
            (None, "社会效益指标", "渔排安全事故", "≤0起"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "渔排养殖户满意度",
                mk("≥50%", "T114", "warning", note="far below the usual 85–95 %"),
            ),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：年度资金总额210万元含上年结转资金20万元（已列入财政拨款）。",
        "填表说明：指标值应含比较符和计量单位。",
    )
    sign(s, "柯映洲", "0596-7780215")
    return b


@variant(
    "bx15-village-department-money",
    (12, 4),
    "department, NAT-2021, budget, key tasks "
    "adding to 项目支出, a footnote on the total, weight column with 小计 rows and the "
    "header repeated after a page break (correct)",
)
def bx15() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="鹭汊乡人民政府",
        budget=[(640, 560, 80, 210, 430)],
        tasks=[
            ("螺蛳稻田养殖推广", "推广稻螺共养", 180, "推广面积2000亩"),
            ("鲍鱼渔排提升", "改造渔排与苗种补助", 200, "改造渔排60组"),
            ("渔民转产培训", "螺蛳鲍鱼养殖技术培训", 50, "培训800人次"),
            ("金额合计", None, 430, None),
        ],
        goal="目标1：扩大螺蛳稻田养殖；目标2：提升鲍鱼渔排；目标3：培训转产渔民。",
    )
    notes(s, "注：金额合计为项目支出430万元，不含基本支出210万元。")
    indicators(
        s,
        HEAD_WEIGHT,
        [
            ("成本指标", "经济成本指标", "渔排单组改造成本", "≤2.5万元", 10),
            ("产出指标", "数量指标", "推广稻螺共养面积", "≥2000亩", 15),
            (None, None, "改造鲍鱼渔排", "≥60组", 10),
            (None, "质量指标", "培训考核合格率", "≥90%", 10),
            (None, "时效指标", "渔排改造完成时间", "≤5月31日", 5),
            ("小计", None, None, None, 50),
        ],
    )
    indicators(
        s,
        HEAD_WEIGHT,
        [
            ("效益指标", "经济效益指标", "养殖户户均增收", "≥6000元", 20),
            (None, "社会效益指标", "培训转产渔民", "≥800人次", 20),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", 10),
            ("小计", None, None, None, 50),
            ("合计", None, None, None, 100),
        ],
    )
    sign(s, "柯映洲", "0596-7780215")
    return b


@variant(
    "bx16-village-department-money-wrong",
    (12, 9),
    "department, NAT-2021: 资金总额 ≠ "
    "基本支出 + 项目支出, tasks not adding to 金额合计, a date typed as a serial",
)
def bx16() -> Book:
    b, s = start()
    total = mk(520, "B101", "error", row=True, note="180 + 350 = 530 ≠ 520")
    tally = mk(350, "B102", "error", row=True, note="150 + 120 + 70 = 340 ≠ 350")
    department_head(
        s,
        year=YEAR,
        dept="澄屿县鳌礁镇农业农村办公室",
        budget=[(total, 460, 60, 180, 350)],
        tasks=[
            ("鲍鱼苗种补助", "补助鲍鱼良种苗种", 150, "补助苗种500万粒"),
            ("螺蛳池塘改造", "改造螺蛳养殖池塘", 120, "改造池塘240亩"),
            ("养殖技术服务", "技术指导与病害测报", 70, "服务养殖户300户"),
            ("金额合计", None, tally, None),
        ],
        goal="稳定鲍鱼苗种供应，改造螺蛳池塘，提高养殖户收入。",
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("成本指标", "经济成本指标", "池塘改造单位成本", "≤0.5万元/亩"),
            ("产出指标", "数量指标", "补助鲍鱼良种苗种", "≥500万粒"),
            (None, None, "改造螺蛳养殖池塘", "≥240亩"),
            (
                None,
                "时效指标",
                "苗种补助发放完成时间",
                mk("45838", "X104", "warning", note="a date serial (2025-06-30) in a text cell"),
            ),
            ("效益指标", "经济效益指标", "养殖户户均增收", "≥4000元"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    sign(s, "吴澜清", "0596-7791437")
    return b


@variant(
    "bx17-village-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def bx17() -> Book:
    b, s = start(widths=(14, 8, 18, 26, 16, 8))
    project_head(
        s,
        year=YEAR,
        name="鹭汊乡渔业村特色养殖技术服务项目",
        dept=TOWN,
        unit="鹭汊乡农业综合服务站",
        money=money_rows(wan(150), wan(120), wan(30)),
        goals=["为螺蛳、鲍鱼养殖户提供技术服务300人，建设示范点6个。"],
    )
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("成本指标", 10, "经济成本指标", "技术服务人均成本", "≤1500元/人", 10),
            ("产出指标", 40, "数量指标", "技术服务养殖户", "≥300人", 15),
            (None, None, None, "建设养殖示范点", "≥6个", 10),
            (None, None, "质量指标", "鲍鱼苗种成活率提高", "≥3百分点", 10),
            (None, None, "时效指标", "技术服务完成时间", "≤11月30日", 5),
            ("效益指标", 40, "经济效益指标", "示范户螺蛳亩产提高", "≥8%", 20),
            (None, None, "社会效益指标", "带动渔民转产养殖", "≥120人", 20),
            ("满意度指标", 10, "服务对象满意度指标", "养殖户满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    sign(s, "柯映洲", "0596-7780215")
    return b


@variant(
    "bx18-snail-template-rows",
    (6, 13, 9),
    "project, OLD-NAT, header 预期目标: a value "
    "without a name, a tier-2 left from the template, a unit cost rounded to 0万元",
)
def bx18() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="柘塘村螺蛳设施大棚建设项目",
        dept="蓼湾县农业农村局（413）",
        unit="柘塘村股份经济合作社",
        money=money_rows(wan(30), wan(25), wan(5)),
        goals=["建设螺蛳越冬设施大棚20个，年产商品螺4000公斤以上。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "新建螺蛳越冬大棚", "≥20个"),
            (
                None,
                None,
                mk(None, "F110", "error", note="a value with no indicator name"),
                "≥4000公斤",
            ),
            (None, "质量指标", "大棚验收合格率", "=100%"),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
                None,
                None,
            ),
            (
                None,
                "成本指标",
                "大棚单个建设成本",
                mk("≤0万元/个", "T115", "error", note="0.4万元 rounded to 0 in a 万元 unit"),
            ),
            ("效益指标", "经济效益指标", "养殖户户均增收", "≥3000元"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    sign(s, "丁若川", "0736-5614092")
    return b
