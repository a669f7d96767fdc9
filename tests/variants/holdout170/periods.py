"""Multi-year project tables with 中期 and 年度 columns, 170th held-out set: nx03, nx07 (correct),
nx12, nx18 (planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout170.common import indicators, multi_year, sheet, w
from tests.variants.holdout170.registry import variant
from tests.variants.kit import Book, day, mk

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("nx03-sewage-om-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns; per-站 cost × the 站 within both columns' money")  # fmt: skip
def nx03() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, years=3, name="青岚市农村生活污水治理设施第三方运维项目",
        dept="青岚市生态环境局（417001）", unit="青岚市生态环境局水生态环境科",
        money=multi_year((w(900), w(780), w(120)), (w(300), w(260), w(40))),
        goals=[
            "三年内实现全市农村生活污水治理设施第三方运维全覆盖，设施正常运行率和出水达标率稳步提高，"
            "建立运维考核长效机制。",
            "完成首批设施运维服务采购并开展在线监控改造，保障已建设施稳定运行。",
        ],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "运维服务设施数（按年累计）", "≥900站", "≥300站"),
        (None, None, "在线监控改造设施", "≥120座", "≥40座"),
        (None, "质量指标", "设施正常运行率", "≥90%", "≥90%"),
        (None, None, "出水水质达标率", "≥85%", "≥80%"),
        (None, "时效指标", "故障设施修复时限", "≤72小时", "≤72小时"),
        ("成本指标", "经济成本指标", "单站年运维费用", "≤0.85万元/站", "≤0.85万元/站"),
        ("效益指标", "生态效益指标", "化学需氧量削减量", "≥540吨", "≥180吨"),
        (None, "社会效益指标", "农村生活污水治理率", "≥60%", "≥52%"),
        (None, "可持续影响指标", "运维考核机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nx07-noise-two-years-unit-column", (8, 11), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns with operators and bare numbers, a unit column; a 投诉增长率 ≤0")  # fmt: skip
def nx07() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, years=2, name="白沙河区重点区域噪声污染治理项目",
        dept="白沙河区生态环境分局（630211）", unit="白沙河区生态环境分局",
        money=multi_year((w(560), w(500), w(60)), (w(320), w(280), w(40))), attr="新增项目",
        goals=[
            "两年内完成城区主干道和学校、医院周边等重点区域噪声污染治理，功能区声环境质量稳定达标，"
            "噪声扰民投诉不再增加。",
            "完成主干道隔声屏障首期建设和噪声自动监测点位布设，开展夜间施工噪声专项执法。",
        ],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建设隔声屏障", "米", "≥3200", "≥2000"),
        (None, None, "布设噪声自动监测点位", "个", "≥24", "≥16"),
        (None, "质量指标", "隔声屏障工程验收合格率", "%", "≥95", "≥95"),
        (None, "时效指标", "噪声投诉办结时限", "个工作日", "≤7", "≤7"),
        (None, "成本指标", "隔声屏障建设单价", "万元/米", "≤0.12", "≤0.12"),
        ("效益指标", "社会效益指标", "噪声扰民投诉件数同比增长率", "%", "≤0", "≤0"),
        (None, "生态效益指标", "功能区声环境质量夜间达标率", "%", "≥85", "≥80"),
        (None, "可持续影响指标", "噪声自动监测数据联网率", "%", "≥95", "≥95"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "%", "≥90", "≥88"),
    ])  # fmt: skip
    return b


@variant("nx12-soil-two-years-cost-and-count", (8, 12), "two-year project, NAT-2021, 中期 and "
         "年度 columns: per-地块 cost × 地块 above the 年度 money, "
         "a 通过率 as a count")  # fmt: skip
def nx12() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, years=2, name="石岭县农用地及建设用地土壤污染状况详查项目",
        dept="石岭县生态环境分局（523207）", unit="石岭县生态环境分局",
        money=multi_year((w(280), w(250), w(30)), (w(150), w(130), w(20))), attr="新增项目",
        goals=[
            "两年内完成全县重点地块土壤污染状况调查，建立地块清单和风险管控名录，"
            "保障土壤环境安全。",
            "完成首批重点地块布点采样和实验室分析，形成调查报告并通过评审。",
        ],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "完成调查的重点地块", "≥90个", "≥60个"),
        (None, None, "采集土壤样品", "≥3600份", "≥2400份"),
        (None, "质量指标", "调查报告专家评审通过率", "≥95%",
         mk(mk("60份", "T105", "error", note="a 通过率 given as a count"), "*", "warning",
            row=True, required=False, note="the same slip seen as a period/annual mismatch")),
        (None, "时效指标", "调查报告按期提交率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个地块调查费用", "≤3万元/个",
         mk("≤3万元/个", "B107", "warning", row=True,
            note="60 个 × 3 万元 = 180 万元 > 年度资金 150 万元")),
        ("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥93%", "≥93%"),
        (None, "社会效益指标", "受污染建设用地安全利用率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "土壤环境信息化管理", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nx18-hazwaste-three-years-period-money", (8, 12), "three-year project, OLD-NAT, 中期 "
         "and 年度 columns: the 中期 money does not add up, an annual cumulative count above its "
         "中期 count")  # fmt: skip
def nx18() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, years=3, name="青岚市危险废物规范化环境管理提升项目",
        dept="青岚市生态环境局（417001）", unit="青岚市固体废物和化学品管理中心",
        money=multi_year(
            (mk(w(600), "B101", "error", note="500 + 80 = 580, not 600"),
             mk(w(500), "B101", "error", required=False),
             mk(w(80), "B101", "error", required=False)),
            (w(200), w(170), w(30))),
        start=day(2026, 1, 1), end=day(2028, 12, 31),
        goals=[
            "三年内完成全市重点产废单位规范化环境管理评估全覆盖，建成危险废物全过程信息化监管体系。",
            "完成年度规范化评估和经营单位专项检查，推进危险废物电子转移联单全面应用。",
        ],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "重点产废单位规范化评估（累计）", "≥300家",
         mk("≥320家", "D201", "error", note="an annual cumulative count above its 中期 count")),
        (None, None, "危险废物经营单位专项检查", "≥180家次", "≥60家次"),
        (None, "质量指标", "规范化评估达标率", "≥90%", "≥85%"),
        (None, "时效指标", "评估结果反馈时限", "≤15个工作日", "≤15个工作日"),
        (None, "成本指标", "单家企业评估费用", "≤0.5万元/家", "≤0.5万元/家"),
        ("效益指标", "社会效益指标", "危险废物电子转移联单使用率", "≥98%", "≥95%"),
        (None, "生态效益指标", "危险废物利用处置率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "全过程信息化监管平台运行", "稳定运行", "稳定运行"),
        ("满意度指标", "服务对象满意度指标", "产废企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
