"""Relocation of households under geohazard threat (地质灾害避险搬迁) returns: kec13 to kec18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout799.common import (
    NAT,
    YEAR,
    book,
    first,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout799.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

NRB = "峦溪县自然资源局 311004"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kec13-banqian-words",
    (4, 11),
    "project, OLD-NAT, operators in words, unit column, 0起, 返迁率 ≤, 说明, signature (correct)",
)
def kec13() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=YEAR, name="地质灾害避险搬迁安置项目", dept=NRB,
                 unit="峦溪县地质灾害防治中心", money=one_year(wan(900), 810, wan(90)),
                 goals=["对受滑坡、泥石流威胁的180户群众实施避险搬迁（其中集中安置120户、"
                        "分散安置60户），核销地质灾害隐患点9处。"])  # fmt: skip
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "避险搬迁户数", "大于等于", 180, "户"),
        (None, None, "其中：集中安置户数", "大于等于", 120, "户"),
        (None, None, "其中：分散安置户数", "大于等于", 60, "户"),
        (None, None, "核销地质灾害隐患点", "大于等于", 9, "处"),
        (None, "质量指标", "安置房竣工验收合格率", "等于", pct(1), None),
        (None, "时效指标", "搬迁入住完成时限", "小于等于", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "户均搬迁建房补助", "小于等于", 5, "万元/户"),
        ("效益指标", "社会效益指标", "搬迁群众地质灾害伤亡事故", "等于", 0, "起"),
        (None, None, "搬迁户返迁率", "小于等于", pct(0.02), None),
        (None, "可持续影响指标", "迁出区宅基地复垦率", "大于等于", pct(0.8), None),
        ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "说明：集中安置与分散安置户数之和即避险搬迁户数；伤亡事故以0起为目标。")
    sign(s, "冉光海", "0837-6625108")
    return b


@variant(
    "kec14-banqian-mismatch",
    (4,),
    "project, OLD-NAT, 注 rows: goal count, a conflicting duplicate, last year's deadline",
)
def kec14() -> Book:
    b = book()
    s = first(b)
    project_head(
        s,
        year=YEAR,
        name="滑坡隐患区群众避险搬迁项目",
        dept=NRB,
        unit="峦溪县地质灾害防治中心",
        money=one_year(wan(600), 540, wan(60)),
        goals=["对雁栖坪滑坡隐患区150户群众实施避险搬迁，搬迁后旧房全部拆除。"],
    )
    dup = "与上面的避险搬迁户数是同一指标，值却是130户"
    late = "2026年度的项目，交付时限写成2025年"
    indicators(s, NAT, [
        ("产出指标", "数量指标", "避险搬迁户数",
         mk("≥120户", "D104", "warning", row=True, note="年度目标写150户")),
        (None, None, "旧房拆除户数", "≥120户"),
        (None, None, mk("避险搬迁安置户数", "D102", "error", row=True, alt=("D103", "D104"),
                        note=dup), "≥130户"),
        (None, "质量指标", "安置房竣工验收合格率", "=100%"),
        (None, "时效指标", "安置房交付时限",
         mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103"), note=late)),
        (None, "成本指标", "户均搬迁补助", "≤4万元/户"),
        ("效益指标", "社会效益指标", "搬迁群众生命财产安全保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：旧房拆除以乡镇验收为准。", "填表说明：指标值应填写可量化的目标。")
    sign(s, "冉光海", "0837-6625108")
    return b


@variant(
    "kec15-three-years-page-break",
    (4, 7, 8),
    "three-year project, two-row header 绩效目标值, header repeated after a page break (correct)",
)
def kec15() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=YEAR, years=3, name="泥石流沟道群众整体搬迁项目", dept=NRB,
                 unit="峦溪县地质灾害防治中心", attr="新增项目",
                 money=period_money((wan(3000), wan(2700), wan(300)),
                                    (wan(1000), wan(900), wan(100))),
                 goals=["2026—2028年对青杠沟、岩门沟两条泥石流沟道600户群众实施整体搬迁，"
                        "核销隐患点24处。",
                        "2026年搬迁岩门沟200户群众，核销隐患点8处。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值", None)
    sub = (None, None, None, "中期（2026—2028年）", "年度（2026年）")
    s.row(*head, merge=[(4, 5)])
    indicators(s, sub, [
        ("产出指标", "数量指标", "整体搬迁户数", "≥600户", "≥200户"),
        (None, None, "核销地质灾害隐患点", "≥24处", "≥8处"),
        (None, "质量指标", "安置房竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "搬迁入住完成时限", "2028年10月31日前", "2026年10月31日前"),
        (None, "成本指标", "户均搬迁补助", "≤5万元/户", "≤5万元/户"),
    ])  # fmt: skip
    s.row(*head, merge=[(4, 5)])
    indicators(s, sub, [
        ("效益指标", "社会效益指标", "搬迁群众伤亡事故", "0起", "0起"),
        (None, "可持续影响指标", "迁出区生态修复面积", "≥300亩", "≥100亩"),
        ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：续表表头为分页重复；中期值为三年累计数，年度值为2026年当年数。")
    return b


@variant(
    "kec16-three-years-copied",
    (8,),
    "three-year project, 中期 and 年度 columns: cumulative counts copied, 中期目标 count differs",
)
def kec16() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=YEAR, years=3, name="崩塌隐患区避险搬迁项目", dept=NRB,
                 unit="峦溪县地质灾害防治中心", attr="新增项目",
                 money=period_money((wan(4500), wan(4050), wan(450)),
                                    (wan(1500), wan(1350), wan(150))),
                 goals=["2026—2028年搬迁安置崩塌隐患区群众900户，核销隐患点30处。",
                        "2026年搬迁安置300户，核销隐患点10处。"])  # fmt: skip
    copied = "三年累计数原样填进年度列"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "搬迁安置户数",
         mk("≥800户", "D104", "warning", row=True, note="中期目标写900户"),
         mk("≥800户", "D202", "warning", note=copied)),
        (None, None, "核销崩塌隐患点", "≥30处", mk("≥30处", "D202", "warning", note=copied)),
        (None, "质量指标", "安置房竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度搬迁完成时限", "2028年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "户均搬迁补助", "≤5万元/户", "≤5万元/户"),
        ("效益指标", "社会效益指标", "搬迁群众生命安全保障率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    b.file_mark("B107", "warning", required=False, note="年度800户 × 5万元超过年度资金，源于复制")
    return b


@variant(
    "kec17-department-numbered",
    (4, 5, 12),
    "department, NAT-2021, numbered tier labels, tasks = 项目支出, 注 on the total (correct)",
)
def kec17() -> Book:
    b = book()
    s = first(b)
    department_head(s, year=YEAR, dept="峦溪县地质灾害防治中心",
                    budget=[(wan(1300), wan(1250), wan(50), wan(300), wan(1000))],
                    tasks=[("避险搬迁建房补助", "补助搬迁160户", wan(800), "搬得出、稳得住"),
                           ("迁出区复垦", "复垦宅基地40亩", wan(120), "恢复耕种"),
                           ("隐患点专业监测", "监测保留隐患点85处", wan(80), "预警及时"),
                           ("金额合计", None, wan(1000), None)],
                    goal="完成地质灾害避险搬迁160户（集中安置100户、分散安置60户），复垦迁出区"
                         "宅基地40亩，对保留的85处隐患点开展专业监测。")  # fmt: skip
    indicators(s, NAT, [
        ("一、产出指标", "（一）数量指标", "1.避险搬迁户数", "≥160户"),
        (None, None, "2.迁出区宅基地复垦面积", "≥40亩"),
        (None, None, "3.专业监测隐患点", "≥85处"),
        (None, "（二）质量指标", "1.复垦地块验收合格率", "≥95%"),
        (None, "（三）时效指标", "1.监测预警信息发送及时率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "1.户均搬迁建房补助", "≤5万元/户"),
        ("三、效益指标", "（一）社会效益指标", "1.监测区域因灾伤亡人数", "0人"),
        ("四、满意度指标", "（一）服务对象满意度指标", "1.搬迁群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出1000万元，不含基本支出300万元。")
    sign(s, "冉光海", "0837-6625108", day(YEAR - 1, 12, 2, CN_DATE))
    return b


@variant(
    "kec18-department-wrong",
    (12, 5),
    "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, a count under 质量, goal area differs",
)
def kec18() -> Book:
    b = book()
    s = first(b)
    whole = "资金总额1100万元 ≠ 基本支出280万元 + 项目支出800万元"
    department_head(
        s,
        year=YEAR,
        dept="峦溪县避险搬迁工作服务站",
        budget=[
            (mk(wan(1100), "B101", "error", note=whole), wan(1050), wan(50), wan(280), wan(800))
        ],
        tasks=[
            ("避险搬迁补助", "补助搬迁180户", wan(720), "消除威胁"),
            ("迁出区复垦", "复垦宅基地60亩", wan(50), "恢复耕种"),
            ("群测群防", "培训监测员", wan(30), "预警及时"),
            ("金额合计", None, wan(800), None),
        ],
        goal="完成避险搬迁180户，复垦迁出区宅基地60亩，群测群防监测员培训全覆盖。",
    )
    indicators(s, NAT, [
        ("产出指标", "数量指标", "迁出区宅基地复垦面积",
         mk("≥45亩", "D104", "warning", row=True, note="年度总体目标与任务写60亩")),
        (None, None, "群测群防监测员培训人次", "≥120人次"),
        (None, "质量指标", mk("避险搬迁户数", "F201", "warning", row=True,
                              note="户数是数量指标，填在质量指标下"), "≥180户"),
        (None, "时效指标", "搬迁补助资金兑付时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "户均搬迁补助", "≤4万元/户"),
        ("效益指标", "社会效益指标", "受威胁群众转移安置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
