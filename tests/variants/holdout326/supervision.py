"""Returns tx01–tx06: pig slaughter supervision (生猪定点屠宰监管) and the disposal of diseased
pigs at slaughter (屠宰环节病害猪处理)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout326.common import (
    HEAD4,
    indicators,
    note,
    one_year_money,
    period_money,
    signature,
    start,
    wan,
)
from tests.variants.holdout326.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("tx01-slaughter-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def tx01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="檀坪县生猪定点屠宰环节监管经费",
                 dept="檀坪县农业农村局（418002）", unit="檀坪县动物卫生监督所",
                 money=one_year_money(wan(86), wan(80), wan(6)),
                 goals=["派驻官方兽医全程监管14家次定点屠宰场点，宰前宰后检疫全覆盖，"
                        "病害猪全部无害化处理。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "驻场官方兽医人数", "≥", 14, "人"),
        (None, None, "屠宰检疫生猪头数", "≥", 18, "万头"),
        (None, None, "病害猪无害化处理数量", "≥", 3000, "头"),
        (None, "质量指标", "屠宰检疫覆盖率", "=", pct(1), "%"),
        (None, None, "病害猪无害化处理率", "=", pct(1), "%"),
        (None, None, "肉品品质检验抽检合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "宰后检疫结果出具时限", "≤", 24, "小时"),
        (None, "成本指标", "驻场官方兽医补助标准", "≤", 2500, "元/人·月"),
        (None, None, "病害猪无害化处理补助标准", "≤", 80, "元/头"),
        ("效益指标", "社会效益指标", "屠宰环节重大动物疫情发生次数", "≤", 0, "起"),
        (None, None, "私屠滥宰案件下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "屠宰环节监管长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "定点屠宰企业满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signature(s, "邝立成", "0736-5521087")
    return b


@variant("tx02-disease-direction", (11,),
         "project, NAT-2021, operators inside the values: a cost cap with =, a 反向 漏检率 with ≥, "
         "a 及时率 given as hours")  # fmt: skip
def tx02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="砚湖区屠宰环节病害猪无害化处理",
        dept="砚湖区农业农村和水利局（207015）",
        unit="砚湖区动物疫病预防控制中心",
        money=one_year_money(wan(52), wan(48), wan(4)),
        goals=["收集处理屠宰环节病害猪6000头以上，处理率100%，杜绝病害猪肉流入市场。"],
    )
    rows = [
        (
            "成本指标",
            "经济成本指标",
            "病害猪无害化处理补助标准",
            mk(
                "=80元/头",
                "T108",
                "warning",
                row=True,
                note="a subsidy standard is a cost cap: ≤80元/头, not a fixed =",
            ),
        ),
        (None, None, "收集转运车辆运行费", "≤4万元"),
        ("产出指标", "数量指标", "病害猪收集处理数量", "≥6000头"),
        (None, None, "屠宰场病害猪收集点覆盖数", "≥9个"),
        (None, "质量指标", "病害猪无害化处理率", "=100%"),
        (
            None,
            None,
            "病害猪宰前检出漏检率",
            mk("≥0.5%", "T108", "warning", row=True, note="漏检率 is 反向: ≤0.5% meant"),
        ),
        (
            None,
            "时效指标",
            "病害猪收集转运及时率",
            mk(
                "24小时",
                "T105",
                "error",
                alt=("T116",),
                note="a 及时率 needs a percentage; 24小时 is a time limit",
            ),
        ),
        ("效益指标", "社会效益指标", "私屠滥宰案件下降率", "≥15%"),
        (None, "生态效益指标", "病死猪随意丢弃事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "生猪养殖场户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    signature(s, "童书怀", "0739-6630214")
    return b


@variant("tx03-stacked-two", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and one of its rates is a count")  # fmt: skip
def tx03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹤汀市生猪屠宰质量安全监管",
        dept="鹤汀市农业农村局（101003）",
        unit="鹤汀市屠宰行业管理站",
        money=one_year_money(wan(120), wan(110), wan(10)),
        goals=["对全市9家定点屠宰企业实施驻场监管，屠宰环节质量安全抽检批次不少于900批次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "驻场官方兽医人数", "≥20人"),
        (None, None, "屠宰环节质量安全抽检批次", "≥900批次"),
        (None, "质量指标", "抽检样品检测合格率", "≥98%"),
        (None, "时效指标", "抽检结果报送时限", "≤5个工作日"),
        (None, "成本指标", "单批次抽检费用", "≤600元/批次"),
        ("效益指标", "社会效益指标", "屠宰环节质量安全事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="鹤汀市屠宰环节病害猪无害化处理补助", title="",
                 dept="鹤汀市农业农村局（101003）", unit="鹤汀市动物卫生监督所",
                 money=one_year_money(
                     mk(wan(65), "B101", "error", note="65 ≠ 财政拨款 50 + 其他资金 10 = 60"),
                     wan(50), wan(10)),
                 goals=["补助屠宰环节病害猪无害化处理5000头以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "病害猪无害化处理数量", "≥5000头"),
        (None, None, "驻场官方兽医人数", "≥6人"),
        (None, "质量指标", "病害猪无害化处理场运行合格率",
         mk("2家", "T105", "error", note="a 合格率 given as a count of plants")),
        (None, "时效指标", "补助资金拨付时间", "2025年12月20日前"),
        (None, "成本指标", "病害猪无害化处理补助标准", "≤80元/头"),
        ("效益指标", "生态效益指标", "病害猪无害化处理率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "祁望舒", "0745-2286530")
    return b


@variant("tx04-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator in words · "
         "指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def tx04() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹤汀市畜牧兽医服务中心",
                    budget=[(wan(360), wan(330), wan(30), wan(140), wan(220))],
                    tasks=[
                        ("屠宰环节监督检查", "定点屠宰企业日常巡查、飞行检查", wan(80),
                         "监督检查全覆盖"),
                        ("肉品品质检验抽检", "水分、瘦肉精等项目抽检", wan(90),
                         "抽检不少于1200批次"),
                        ("病害猪无害化处理监管", "收集、转运、处理全程监管", wan(50),
                         "病害猪全部无害化处理"),
                        ("金额合计", None, wan(220), None),
                    ],
                    goal="强化生猪屠宰全过程监管，确保上市肉品质量安全。")  # fmt: skip
    note(s, "年度绩效指标", 5)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("屠宰企业监督检查覆盖率", 15, "%", "等于", pct(1)),
        ("肉品品质检验抽检批次", 15, "批次", "大于等于", 1200),
        ("瘦肉精抽检合格率", 15, "%", "大于等于", pct(0.99)),
        ("病害猪无害化处理率", 15, "%", "等于", pct(1)),
        ("动物检疫电子出证率", 10, "%", "大于等于", pct(0.95)),
        ("屠宰环节质量安全事件发生次数", 10, "起", "小于等于", 0),
        ("生猪屠宰违法案件下降率", 10, "%", "大于等于", pct(0.08)),
        ("屠宰企业满意度", 10, "%", "大于等于", pct(0.9)),
    ]:
        s.row(*line)
    s.row("合计", 100, None, None, None)
    signature(s, "骆清远", "0745-2290418")
    return b


@variant("tx05-multi-year", (8,),
         "three-year project (2025–2027), NAT-2021, 中期 and 年度 value columns: an annual count "
         "above its period count, a cumulative count copied from the 中期 column")  # fmt: skip
def tx05() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目",
                 name="檀坪县定点屠宰企业视频监控联网建设",
                 dept="檀坪县农业农村局（418002）", unit="檀坪县动物卫生监督所",
                 money=period_money((wan(300), wan(270), wan(30)),
                                    (wan(120), wan(110), wan(10))),
                 goals=["三年内实现全县屠宰企业关键环节视频监控联网，远程监管全覆盖。",
                        "2025年完成首批屠宰企业视频点位建设并接入县级监管平台。"])  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "联网屠宰企业数量",
            "≥24家",
            mk("≥30家", "D201", "error", note="the year's 30 exceeds the three-year 24"),
        ),
        (None, None, "视频监控点位建设数", "≥360个", "≥150个"),
        (
            None,
            None,
            "监管人员培训人次",
            "≥300人次",
            mk(
                "≥300人次",
                "D202",
                "warning",
                note="a cumulative count of a three-year project copied into the annual column",
            ),
        ),
        (None, "质量指标", "视频联网在线率", "≥95%", "≥95%"),
        (None, "时效指标", "异常画面处置时限", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "单个点位建设成本", "≤0.5万元/个", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "私屠滥宰举报查处率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "视频监控运维机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "监管人员使用满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), rows)
    signature(s, "邝立成", "0736-5521087")
    return b


@variant("tx06-notes-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准; a 注 row between tiers, "
         "说明 and 填表说明 under the table, signature and a fill date in the prior "
         "year (correct)")  # fmt: skip
def tx06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="梧垣县生猪定点屠宰企业资格复核",
        dept="梧垣县农业农村局（523011）",
        unit="梧垣县农业综合行政执法大队",
        money=one_year_money(wan(38), wan(35), wan(3)),
        goals=["完成全县11家生猪定点屠宰企业资格复核，对不符合条件的依法整改或退出。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "定点屠宰企业资格复核家数", "≥11家"),
        (None, None, "专家评审人天数", "≥60人·天"),
        (None, None, "飞行检查次数", "≥22次"),
        (None, "质量指标", "复核问题整改完成率", "=100%"),
        (None, "时效指标", "复核工作完成时间", "2025年10月31日前"),
        (None, "成本指标", "专家评审费标准", "≤800元/人·天"),
    ])  # fmt: skip
    note(s, "注：效益指标和满意度指标由复核工作组年底统一评价。", 4)
    s.table([
        ("效益指标", "社会效益指标", "违规屠宰企业整改到位率", "≥95%"),
        (None, "可持续影响指标", "定点屠宰企业退出机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：整改完成率按复核发现问题的整改销号数计算。", 4)
    note(s, "填表说明：1.指标值须量化；2.金额单位为万元；3.本表一式两份。", 4)
    signature(s, "岑远舟", "0728-7713406", filled=day(2024, 11, 26))
    return b
