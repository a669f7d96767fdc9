"""One-year project returns of the 171st held-out corpus (ny01–ny06): head blocks down columns
A and B with money in 元, 资金来源 in 万元, goals over three numbered rows, tier columns titled
一级 │ 二级 │ 三级, a value column titled 目标值（2026年）, tier-1 rows with their own score."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout171.common import (
    VALUE,
    YEAR,
    funds_wan,
    goals3,
    indicators,
    project_vhead,
    review,
    tier,
)
from tests.variants.holdout171.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, ok, pct

T3 = ("一级", "二级", "三级", VALUE)


@variant(
    "ny01-road-upkeep-vertical-head",
    (5, 7),
    (
        "project, OLD-NAT, head down A and B in 元, 资金来源 in 万元, numbered goals, "
        "一级/二级/三级 headers, 目标值（2026年）, 审核意见"
    ),
)
def ny01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (22, 18, 30, 20, 14, 14))
    project_vhead(
        s, title=f"澄川县{YEAR}年度项目支出绩效目标表", name="农村公路日常养护",
        code="CCX-JT-2026-017", dept="澄川县交通运输局", unit="澄川县农村公路养护中心",
        person="鲁文岳", phone="0739-6218457", attr="经常性项目", sector="交通运输",
        place="澄川县十一个乡镇", total=1_860_000, fiscal=1_600_000, other=260_000,
        summary="对全县列养农村公路开展日常保洁、路面病害修补、边沟清淤和涵洞疏通。",
        basis="《澄川县农村公路养护管理办法》", filled=day(YEAR - 1, 10, 28),
        width=4)  # fmt: skip
    funds_wan(s, [("财政拨款", 160), ("其他资金", 26), ("合计", 186)])
    goals3(s, "年度目标", [
        "1.完成全县农村公路日常养护里程不少于420公里，路面清扫保洁每月不少于2次；",
        "2.修复坑槽、沉陷等路面病害不少于3500平方米，优良中等路率达到85%以上；",
        "3.汛期前完成边沟清淤和涵洞疏通，保障群众安全便捷出行。",
    ], width=4)  # fmt: skip
    s.skip()
    indicators(s, T3, [
        ("产出指标", "数量指标", "日常养护里程", "≥420公里"),
        (None, None, "路面病害修复面积", "≥3500平方米"),
        (None, None, "路面清扫保洁频次", "≥2次/月"),
        (None, "质量指标", "优良中等路率", "≥85%"),
        (None, None, "病害修复验收合格率", "≥98%"),
        (None, "时效指标", "汛前边沟清淤完成时间", f"{YEAR}年5月31日前"),
        (None, None, "路面病害修复时限", "≤7天"),
        (None, "成本指标", "每公里年养护成本", "≤3800元/公里"),
        ("效益指标", "社会效益指标", "农村公路列养率", pct(1.0)),
        (None, "可持续影响指标", "养护路段路面使用寿命延长", "≥2年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="庞志国", reviewer="易兰", when=f"{YEAR - 1}年11月3日", width=4)
    return b


@variant(
    "ny02-library-weights-tier-rows",
    (10, 1),
    (
        "project, NAT-2021, head down A and B, operator and unit columns, 权重（分） with tier-1 "
        "rows carrying their own score"
    ),
)
def ny02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 28, 10, 12, 10, 10))
    project_vhead(
        s, title=f"青梧市{YEAR}年度项目支出绩效目标申报表", name="公共图书馆流动服务",
        code="QW-WL-2026-041", dept="青梧市文化广电和旅游局", unit="青梧市图书馆",
        person="程秋实", phone="0728-3356012", attr="延续项目", sector="文化旅游体育与传媒",
        place="青梧市六个区县", total=960_000, fiscal=960_000, other=0,
        summary="购置新书，运行两台流动服务车，向基层服务点配送图书并开展借阅服务。",
        basis="《青梧市公共文化服务保障办法》", filled=day(YEAR - 1, 11, 5),
        width=7)  # fmt: skip
    funds_wan(s, [("财政拨款", 96), ("其他资金", 0), ("合计", 96)])
    goals3(s, "年度目标", [
        "1.新购图书不少于12000册，流动服务站点不少于36个；",
        "2.新书到馆后15天内完成编目上架，编目差错率控制在1%以内；",
        "3.全年流动借阅不少于6万人次，读者满意度达到90%以上。",
    ], width=7)  # fmt: skip
    s.skip()
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重（分）")
    indicators(s, head, [
        tier("成本指标", 10, 3),
        (None, "经济成本指标", "流动服务车年运行成本", "≤", 18, "万元", 5),
        (None, None, "图书采购平均单价", "≤", 45, "元/册", 5),
        tier("产出指标", 50, 3),
        (None, "数量指标", "新购图书", "≥", 12000, "册", 15),
        (None, None, "流动服务站点", "≥", 36, "个", 10),
        (None, "质量指标", "图书编目差错率", "≤", 1, "%", 10),
        (None, "时效指标", "新书编目上架周期", "≤", 15, "天", 15),
        tier("效益指标", 30, 3),
        (None, "社会效益指标", "流动服务借阅人次", "≥", 60000, "人次", 15),
        (None, "可持续影响指标", "基层服务点年图书更新比例", "≥", 20, "%", 15),
        tier("满意度指标", 10, 3),
        (None, "服务对象满意度指标", "读者满意度", "≥", 90, "%", 10),
    ])  # fmt: skip
    s.row("注：一级指标行的分值为该类指标分值合计，三级指标分值合计100分。", merge=[(1, 7)])
    return b


@variant(
    "ny03-meal-aid-tier-score-off",
    (10,),
    (
        "project, OLD-NAT, head down A and B, 目标值（2026年） with operators inside, "
        "权重（分）: the 产出 tier declares 60, its indicators add to 55; a satisfaction ≥100%"
    ),
)
def ny03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (18, 18, 30, 18, 10))
    project_vhead(
        s, title=f"枫岭区{YEAR}年度项目支出绩效目标表", name="老年助餐服务补贴",
        code="FL-MZ-2026-008", dept="枫岭区民政局", unit="枫岭区养老服务指导中心",
        person="邵晴", phone="0731-8472205", attr="延续项目", sector="社会保障和就业",
        place="枫岭区九个街道", total=1_450_000, fiscal=1_200_000, other=250_000,
        summary="对老年助餐点按餐给予运营补贴，为高龄、独居老人提供就近用餐服务。",
        basis="《枫岭区老年助餐服务管理办法》", filled=day(YEAR - 1, 11, 12),
        width=5)  # fmt: skip
    funds_wan(s, [("财政拨款", 120), ("其他资金", 25), ("合计", 145)])
    goals3(s, "年度目标", [
        "1.建设运营老年助餐点不少于18个，服务老年人不少于2400人；",
        "2.助餐点食品安全检查合格率98%以上，补贴按季足额拨付；",
        "3.高龄独居老人助餐覆盖率达到80%以上。",
    ], width=5)  # fmt: skip
    s.skip()
    head = ("一级", "二级", "三级", VALUE, "权重（分）")
    indicators(s, head, [
        tier("产出指标", mk(60, "W103", "error", note="60 declared, indicators add to 55"), 1),
        (None, "数量指标", "助餐服务老年人数", "≥2400人", 15),
        (None, None, "老年助餐点", "≥18个", 10),
        (None, "质量指标", "助餐点食品安全检查合格率", "≥98%", 10),
        (None, "时效指标", "补贴资金按季拨付及时率", "≥95%", 10),
        (None, "成本指标", "每餐补贴标准", "≤5元/餐", 10),
        tier("效益指标", 30, 1),
        (None, "社会效益指标", "高龄独居老人助餐覆盖率", "≥80%", 15),
        (None, "可持续影响指标", "助餐点持续运营年限", "≥3年", 15),
        tier("满意度指标", 10, 1),
        (None, "服务对象满意度指标", "用餐老人满意度",
         mk("≥100%", "T106", "error", alt=("T114",)), 10),
    ])  # fmt: skip
    b.file_mark(
        "W101", "error", required=False, note="the indicators add to 95 through the 产出 slip"
    )
    review(s, unit_head="管德明", reviewer="施雨桐", when=f"{YEAR - 1}年11月20日", width=5)
    return b


@variant(
    "ny04-water-repair-operator-words",
    (1, 4),
    (
        "project, NAT-2021, six-column head in 万元 (number format), operator words in their own "
        "column, unit column, percent cells, =0起, footnotes and signature line"
    ),
)
def ny04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="农村饮水安全工程维修养护", dept="岚山县水利局（214003）",
        unit="岚山县农村供水管理站", attr="经常性项目",
        money=[("年度资金总额", C(230, WAN), "其中：财政拨款", C(200, WAN)),
               ("其他资金", C(30, WAN), None, None)],
        goals=["1.维修农村集中供水设施不少于120处；2.完成水样检测不少于480份，集中供水水质达标率"
               "95%以上；3.保障5.2万农村人口饮水安全，全年不发生饮水安全事故。"],
        title=f"岚山县{YEAR}年度项目支出绩效目标申报表")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单处供水设施维修平均成本", "小于等于", 1.6, "万元/处"),
        ("产出指标", "数量指标", "维修供水设施", "大于等于", 120, "处"),
        (None, None, "水样检测", "大于等于", 480, "份"),
        (None, "质量指标", "维修工程验收合格率", "大于等于", pct(0.98), "%"),
        (None, None, "集中供水水质达标率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "故障维修响应时间", "小于等于", 48, "小时"),
        ("效益指标", "社会效益指标", "受益农村人口", "大于等于", 5.2, "万人"),
        (None, None, "饮水安全责任事故", "等于", 0, "起"),
        (None, "可持续影响指标", "落实长效管护机制的乡镇", "大于等于", 14, "个"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "大于等于", pct(0.9), "%"),
    ], caption=None)  # fmt: skip
    s.row("注：1.指标性质填写“大于等于”“小于等于”或“等于”；2.金额单位为万元。", merge=[(1, 6)])
    s.row(f"填表人：焦明远　　联系电话：0736-5120938　　填报日期：{YEAR - 1}年11月6日",
          merge=[(1, 6)])  # fmt: skip
    return b


@variant(
    "ny05-heritage-block-and-goal-year",
    (12, 5),
    (
        "project, OLD-NAT, head down A and B in 元, 资金来源 in 万元 whose 其他资金 and 合计 do "
        "not add up, a numbered goal line with a date in the year before"
    ),
)
def ny05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (20, 18, 30, 20))
    project_vhead(
        s, title=f"松溪县{YEAR}年度项目支出绩效目标表", name="非遗传承人研修培训",
        code="SX-WL-2026-023", dept="松溪县文化和旅游局", unit="松溪县非物质文化遗产保护中心",
        person="骆青禾", phone="0745-2263179", attr="延续项目", sector="文化旅游体育与传媒",
        place="松溪县", total=1_200_000, fiscal=950_000, other=250_000,
        summary="分期举办非遗代表性传承人研修班，开展技艺研习、作品创作和结业考核。",
        basis="《松溪县非物质文化遗产保护办法》", filled=day(YEAR - 1, 10, 30),
        width=4)  # fmt: skip
    funds_wan(s, [
        ("财政拨款", 95),
        ("其他资金", ok(30, "error", note="the head says 250,000元")),
        ("合计", mk(120, "B101", "error", note="95 + 30 = 125 ≠ 120")),
    ])  # fmt: skip
    goals3(s, "年度目标", [
        "1.举办非遗传承人研修班不少于4期，培训传承人不少于160人；",
        "2.学员结业考核合格率达到95%以上；",
        mk(f"3.{YEAR - 1}年12月底前完成全部学员结业考核并建立传承人研修档案。", "Y102", "error",
           alt=("Y103", "Y101", "D104"), note="a deadline in the year before the budget year"),
    ], width=4)  # fmt: skip
    s.skip()
    indicators(s, T3, [
        ("产出指标", "数量指标", "研修培训传承人", "≥160人"),
        (None, None, "研修班期数", "≥4期"),
        (None, "质量指标", "学员结业考核合格率", "≥95%"),
        (None, "时效指标", "研修班结业时间", f"{YEAR}年11月30日前"),
        (None, "成本指标", "人均研修成本", "≤7000元/人"),
        ("效益指标", "社会效益指标", "学员技艺水平提升比例", "≥80%"),
        (None, "可持续影响指标", "研修成果入库保存率", pct(1.0)),
        ("满意度指标", "服务对象满意度指标", "参训传承人满意度", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="钟砚", reviewer="黎书宁", when=f"{YEAR - 1}年11月8日", width=4)
    return b


@variant(
    "ny06-fitness-growth-zero",
    (5, 11),
    (
        "project, NAT-2021, head down A and B, operators inside values, 备注 column, a cost "
        "growth rate ≤0% (零增长), 审核意见"
    ),
)
def ny06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 18, 20))
    project_vhead(
        s, title=f"河湾区{YEAR}年项目支出绩效目标表", name="社区全民健身器材更新",
        code="HW-TY-2026-005", dept="河湾区文化体育局", unit="河湾区全民健身服务中心",
        person="甘立帆", phone="0712-4409316", attr="一次性项目", sector="文化旅游体育与传媒",
        place="河湾区十二个社区", total=880_000, fiscal=800_000, other=80_000,
        summary="更换社区老旧破损健身器材，建立器材巡检和维修台账。",
        basis="《河湾区全民健身实施计划》", filled=day(YEAR - 1, 11, 2),
        width=5)  # fmt: skip
    funds_wan(s, [("财政拨款", 80), ("其他资金（社会捐赠）", 8), ("合计", 88)])
    goals3(s, "年度目标", [
        "1.为十二个社区更新健身器材不少于30套；",
        "2.9月底前完成安装并通过验收，器材维修费用不高于上年；",
        "3.全年社区健身服务不少于15万人次，居民满意度90%以上。",
    ], width=5)  # fmt: skip
    s.skip()
    indicators(s, (*T3, "备注"), [
        ("成本指标", "经济成本指标", "单套健身器材采购成本", "≤2.5万元/套", "政府采购限价"),
        (None, None, "器材年度维修费用增长率", "≤0%", "与上年相比零增长"),
        ("产出指标", "数量指标", "更新健身器材", "≥30套", None),
        (None, None, "覆盖社区", "≥12个", None),
        (None, "质量指标", "器材安装验收合格率", "≥98%", None),
        (None, "时效指标", "器材安装完成时间", f"{YEAR}年9月30日前", None),
        ("效益指标", "社会效益指标", "社区健身服务人次", "≥150000人次", None),
        (None, "可持续影响指标", "器材质保期", "≥5年", None),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", None),
    ])  # fmt: skip
    review(s, unit_head="伍成器", reviewer="卓宛", when=f"{YEAR - 1}年11月16日", width=5)
    return b
