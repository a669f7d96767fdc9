"""Returns cp07–cp12: the 笋干 cooperatives themselves and the bureaus that serve them (the
second half of the theme): department money, template rows, tier labels and points."""

from __future__ import annotations

from tests.variants.holdout552.common import (
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    w,
)
from tests.variants.holdout552.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TASKS = [("烘干设备补助", "补助合作社购置烘干设备40台", w(120), "设备全部投用"),
         ("合作社规范化培训", "培训合作社骨干300人次", w(60), "规范化运营"),
         ("区域品牌推广", "推广“荪坞笋干”区域品牌", w(80), "品牌销售额增长"),
         ("金额合计", None, w(260), None)]  # fmt: skip


@variant("cp07-department-money", (12, 1), "department, NAT-2021: budget with typed-percent "
         "shares, tasks adding to 项目支出, a cost standard × count equal to its task, 0起 on "
         "accidents (correct)")  # fmt: skip
def cp07() -> Book:
    shares = (pct(1), pct(0.8), pct(0.2), pct(0.35), pct(0.65))
    b, s = department(dept="荪坞县农村合作经济指导站", tasks=TASKS,
                      budget=[(w(400), w(320), w(80), w(140), w(260)), shares],
                      goal="扶持笋干合作社规范发展，笋干销售额增长8%以上。")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "每台烘干设备补助标准", "≤", 3, "万元"),
        ("产出指标", "数量指标", "补助烘干设备", "≥", 40, "台"),
        (None, None, "培训合作社骨干", "≥", 300, "人次"),
        (None, "质量指标", "补助设备验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金兑付及时率", "≥", pct(0.95), "%"),
        ("效益指标", "经济效益指标", "合作社笋干销售额增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "笋干加工安全生产事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "合作社成员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "说明：补助标准3万元/台×40台=120万元，与烘干设备补助任务金额一致。")
    sign(s, "邬青箬", "0579-6651930")
    return b


@variant("cp08-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding up to 金额合计")  # fmt: skip
def cp08() -> Book:
    tasks = [("笋干烘干技术推广", "推广热风烘干技术", w(100), "覆盖合作社20家"),
             ("笋竹林道修缮", "修缮林道8公里", w(80), "鲜笋运输顺畅"),
             ("笋干检测站运行", "运行乡镇检测站3个", w(70), "检测全覆盖"),
             ("金额合计", None, mk(w(240), "B102", "error",
                                   note="100 + 80 + 70 = 250 ≠ 240"), None)]  # fmt: skip
    total = mk(w(350), "B101", "error", note="基本支出 120 + 项目支出 240 = 360 ≠ 350")
    b, s = department(dept="荪坞县林业局", tasks=tasks,
                      budget=[(total, w(300), w(50), w(120), w(240))],
                      goal="推广笋干烘干技术，修缮笋竹林道，保障笋干质量。")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "推广烘干技术合作社", "≥", 20, "家"),
        (None, None, "修缮笋竹林道", "≥", 8, "公里"),
        (None, "质量指标", "林道修缮验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "检测报告出具时间", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "每公里林道修缮费", "≤", 10, "万元"),
        ("效益指标", "经济效益指标", "合作社笋干收购均价增长率", "≥", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "笋农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("cp09-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a 生态效益指标 "
         "left from the template without indicator, a value without a name")  # fmt: skip
def cp09() -> Book:
    b, s = project(name="笋干合作社烘干燃料改造项目", unit="荪坞县笋干产业协会",
                   money=one_year(w(40), w(32), w(8)),
                   goals=["将10家合作社烘干燃料由木柴改为竹屑颗粒。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每家合作社改造补助", "≤4万元"),
        ("产出指标", "数量指标", "完成燃料改造合作社", "≥10家"),
        (None, "质量指标", "改造设备验收合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年6月30日前"),
        ("效益指标", "经济效益指标", "每吨干笋燃料成本下降", "≥150元"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    sign(s, "林筠", "0579-6648802")
    return b


@variant("cp10-tier-labels", (5,), "project, OLD-NAT, tier labels numbered with points, ★ and * "
         "marks, abbreviated tier-2s (数量, 质量, 成本) (correct)")  # fmt: skip
def cp10() -> Book:
    b, s = project(name="笋干合作社“共享烘干中心”运营补助", unit="竹峤镇笋干合作社联合社",
                   money=one_year(w(50), w(40), w(10)), attr="新增项目",
                   goals=["共享烘干中心为周边5个村烘干鲜笋800吨以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、★产出指标（60分）", "（一）数量", "代烘鲜笋", "≥", 800, "吨"),
        (None, None, "服务行政村", "≥", 5, "个"),
        (None, "（二）质量", "代烘干笋含水率达标率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "鲜笋进场至烘干完成时间", "≤", 48, "小时"),
        (None, "（四）成本", "每吨鲜笋代烘收费", "≤", 300, "元"),
        ("二、效益指标（30分）", "1.经济效益", "笋农节省烘干成本", "≥", 12, "万元"),
        (None, "2.社会效益指标", "带动笋农户数", "≥", 260, "户"),
        ("三、*满意度指标（10分）", "服务对象满意度", "代烘笋农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：一级指标后括号内为该类指标分值，合计100分。")
    return b


@variant("cp11-wrong-parent", (5,), "project, NAT-2021, numbered labels: a 时效指标 under "
         "效益指标, a 合格率 given in 批次")  # fmt: skip
def cp11() -> Book:
    b, s = project(name="笋干质量追溯体系建设项目", unit="荪坞县笋干产业协会",
                   money=one_year(w(36), w(36), w(0)),
                   goals=["为15家合作社建立笋干质量追溯体系，抽检合格率98%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、成本指标", "（一）经济成本指标", "每家合作社追溯系统建设费", "≤2.4万元"),
        ("二、产出指标", "（一）数量指标", "接入追溯系统合作社", "≥15家"),
        (None, "（二）质量指标", "追溯笋干抽检合格率",
         mk("30批次", "T105", "error", note="a 合格率 given as a count")),
        ("三、效益指标", "（一）社会效益指标", "可追溯笋干批次占比", "≥90%"),
        (None, mk("（二）时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "追溯信息上传时间", "≤24小时"),
        ("四、满意度指标", "（一）服务对象满意度指标", "合作社满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    return b


@variant("cp12-points-two-levels", (10, 1), "project, NAT-2021, tier-1 score and indicator "
         "score columns both adding to 100, a price rise in 百分点 (correct)")  # fmt: skip
def cp12() -> Book:
    b, s = project(name="笋干合作社订单收购补助项目", unit="翠篁乡笋干专业合作社联合社",
                   money=one_year(w(45), w(45), w(0)),
                   goals=["订单收购鲜笋1500吨，收购价较市场均价提高3个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("成本指标", 10, "经济成本指标", "每吨鲜笋收购补助", "≤300元", 10),
        ("产出指标", 40, "数量指标", "订单收购鲜笋", "≥1500吨", 15),
        (None, None, None, "签订收购订单笋农户数", "≥400户", 10),
        (None, None, "质量指标", "收购鲜笋合格率", "≥97%", 10),
        (None, None, "时效指标", "收购款兑付时间", "≤7天", 5),
        ("效益指标", 40, "经济效益指标", "收购价高于市场均价", "≥3百分点", 20),
        (None, None, "可持续影响指标", "续签订单笋农比例", "≥80%", 20),
        ("满意度指标", 10, "服务对象满意度指标", "订单笋农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "蒋秋禾", "0579-6613208")
    return b
