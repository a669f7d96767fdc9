"""One-year project tables with the operator inside the value: one value column, an 指标解释
or 备注 column, a direction column with points or with a 设定依据 column (pp01, pp02, pp04,
pp06, pp08, pp17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout214.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout214.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pp01-food-safety-lookalikes", (11,), "one-year project, NAT-2021, inline operators: "
         "a 下降率 ≥10%, 重大食品安全事故 =0起, a cost per 批次 ≤1800元 (correct)")  # fmt: skip
def pp01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="食品安全监督抽检项目", dept="临溪县市场监督管理局（217）",
        unit="临溪县食品药品检验检测中心",
        money=one_year_money(wan(230), wan(210), wan(20)),
        goals=["2026年完成食品安全监督抽检1200批次，不合格食品核查处置率达到100%，全年不发生"
               "重大食品安全事故，食品安全投诉举报量较上年下降10%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1200批次"),
        (None, None, "农贸市场食品快速检测批次", "≥6000批次"),
        (None, "质量指标", "抽检检验报告准确率", "≥99%"),
        (None, None, "不合格食品核查处置率", pct(1)),
        (None, "时效指标", "抽检结果信息公布时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单批次监督抽检成本", "≤1800元/批次"),
        ("效益指标", "社会效益指标", "重大食品安全事故发生起数", "=0起"),
        (None, None, "食品安全投诉举报量下降率", "≥10%"),
        (None, "可持续影响指标", "食品安全风险隐患闭环管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈知远", "罗佩瑜", "0596-83217460")
    return b


@variant("pp02-missed-reports-ge", (11,), "one-year project, NAT-2021, inline operators and a "
         "备注 column: a 漏报率 with ≥, a 报告及时率 with ≤")  # fmt: skip
def pp02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 26))
    project_head(
        s, year=2026, name="传染病监测预警能力提升项目", dept="白沙河区卫生健康局（305）",
        unit="白沙河区疾病预防控制中心",
        money=one_year_money(wan(95), wan(95), wan(0)),
        goals=["2026年对辖区42家医疗机构开展传染病报告质量督导，培训疫情报告人员600人次，"
               "建成传染病监测预警信息平台并稳定运行。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "督导医疗机构数", "≥42家", "二级以上医院及基层机构"),
        (None, None, "培训疫情报告人员", "≥600人次", None),
        (None, "质量指标", "法定传染病漏报率",
         mk("≥2%", "T108", "warning", row=True, note="a 漏报率 is 反向: ≤2% meant"),
         "按漏报调查结果计算"),
        (None, None, "传染病报告卡填报准确率", "≥95%", None),
        (None, "时效指标", "传染病网络直报及时率",
         mk("≤95%", "T108", "warning", row=True, note="a 及时率 is 正向: ≥95% meant"),
         "24小时内完成网络直报"),
        (None, None, "监测预警平台上线时间", "2026年9月30日前", None),
        ("成本指标", "经济成本指标", "单人次培训成本", "≤300元/人次", None),
        ("效益指标", "社会效益指标", "突发公共卫生事件相关信息报告率", pct(1), None),
        (None, "可持续影响指标", "传染病多点触发监测预警机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "医疗机构防保人员满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("pp04-deaths-ge-wrong-parent", (5, 11), "one-year project, NAT-2021, inline operators "
         "and an 指标解释 column: 可持续影响指标 under 产出指标, a 死亡人数 with ≥")  # fmt: skip
def pp04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 28))
    project_head(
        s, year=2026, name="道路交通安全综合治理项目", dept="青岚市公安局（112）",
        unit="青岚市公安局交通警察支队",
        money=one_year_money(wan(360), wan(320), wan(40)),
        goals=["2026年排查整治道路交通安全隐患点位80处，开展交通安全宣传进农村、进学校活动"
               "120场，全市道路交通安全形势保持平稳。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "道路交通安全隐患点位整治数", "≥80处", "以挂牌督办清单为准"),
        (None, None, "交通安全宣传活动场次", "≥120场", "进农村、进学校"),
        (None, "质量指标", "隐患整治工程验收合格率", "≥95%", None),
        (None, "时效指标", "隐患点位整治完成时间", "2026年10月31日前", None),
        (None, mk("可持续影响指标", "F105", "error", row=True,
                  note="a tier-2 of 效益指标 written under 产出指标"),
         "交通安全隐患动态排查机制", "建立并执行", "每季度滚动排查"),
        ("成本指标", "经济成本指标", "单处隐患点位整治成本", "≤3.5万元/处", "含设计和施工"),
        ("效益指标", "社会效益指标", "道路交通事故死亡人数",
         mk("≥35人", "T108", "warning", row=True, note="a death count is 反向: ≤35人 meant"),
         "全市全年"),
        (None, None, "群众交通安全知晓率", "≥90%", "抽样问卷"),
        ("满意度指标", "服务对象满意度指标", "群众对道路通行安全满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("pp06-hotline-points-directions", (10, 11), "one-year project, NAT-2021, 指标方向 "
         "(正向/反向) beside inline values and a 分值 column adding to 100, directions agreeing "
         "with operators: a 下降率 ≥, 平均接通时长 ≤, a cost per 件 ≤ (correct)")  # fmt: skip
def pp06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 16, 10))
    project_head(
        s, year=2026, name="12345政务服务便民热线运行项目",
        dept="青岚市政务服务和数据管理局（126）", unit="青岚市12345热线服务中心",
        money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["全年受理群众诉求工单12万件，诉求按期办结达标率95%以上，热线平均接通时长控制"
               "在20秒以内，重复来电率较上年下降10%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "分值"), [
        ("产出指标", "数量指标", "受理群众诉求工单量", "正向", "≥12万件", 10),
        (None, None, "话务员业务培训场次", "正向", "≥24场", 10),
        (None, "质量指标", "诉求按期办结达标率", "正向", "≥95%", 10),
        (None, None, "办结工单回访率", "正向", "≥90%", 10),
        (None, "时效指标", "热线平均接通时长", "反向", "≤20秒", 10),
        ("成本指标", "经济成本指标", "单件工单处理成本", "反向", "≤25元/件", 10),
        ("效益指标", "社会效益指标", "重复来电率下降率", "正向", "≥10%", 10),
        (None, None, "热线服务被投诉率", "反向", "≤1%", 10),
        (None, "可持续影响指标", "热线知识库动态更新机制", "定性", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "正向", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100)
    return b


@variant("pp08-rural-water-old-nat", (5, 11), "one-year project, OLD-NAT (成本指标 under 产出), "
         "inline operators: 水质达标率 ≥95%, 漏损率 ≤10%, 吨水成本 ≤, 覆盖率 =100%, "
         "平均修复时长 ≤24小时 (correct)")  # fmt: skip
def pp08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村供水工程运行管护项目", dept="临溪县水利局（408）",
        unit="临溪县农村供水管理站",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["对全县46处农村集中供水工程实施运行管护，集中供水工程水质达标率95%以上，"
               "农村集中供水覆盖率保持100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "管护农村集中供水工程数", "≥46处"),
        (None, None, "开展出厂水和末梢水检测次数", "≥1100次"),
        (None, "质量指标", "集中供水工程水质达标率", "≥95%"),
        (None, None, "供水管网漏损率", "≤10%"),
        (None, "时效指标", "供水故障平均修复时长", "≤24小时"),
        (None, "成本指标", "吨水供水运行成本", "≤2.8元/吨"),
        (None, None, "单处工程年度管护经费", "≤3.5万元/处"),
        ("效益指标", "社会效益指标", "农村集中供水覆盖率", "=100%"),
        (None, None, "受益农村人口", "≥8.6万人"),
        (None, "可持续影响指标", "供水工程运行管护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄启明", "陈素云", "0596-83408215")
    return b


@variant("pp17-lift-direction-declared", (11,), "one-year project, NAT-2021, 指标性质 (正向/反向) "
         "beside inline values and a 指标值设定依据 column: a 正向 完成率 with ≤, a 反向 "
         "发生率 with ≥")  # fmt: skip
def pp17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 16, 14))
    project_head(
        s, year=2026, name="特种设备安全监察项目", dept="白沙河区市场监督管理局（219）",
        unit="白沙河区特种设备安全监察所",
        money=one_year_money(wan(75), wan(75), wan(0)),
        goals=["2026年对辖区在用电梯、锅炉、压力容器等特种设备开展监督检查1500台次，督促"
               "使用单位整改安全隐患，全年特种设备安全形势保持稳定。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "指标值设定依据")
    indicators(s, header, [
        ("产出指标", "数量指标", "特种设备监督检查台次", "正向", "≥1500台次", "计划标准"),
        (None, "质量指标", "特种设备定期检验完成率", "正向",
         mk("≤98%", "T108", "warning", row=True, note="正向 declared, ≥98% meant"), "历史标准"),
        (None, None, "安全隐患整改闭环率", "正向", "≥95%", "计划标准"),
        (None, "时效指标", "电梯困人故障平均救援到达时长", "反向", "≤30分钟", "行业标准"),
        ("成本指标", "经济成本指标", "单台次监督检查成本", "反向", "≤400元/台次", "历史标准"),
        ("效益指标", "社会效益指标", "在用电梯困人故障发生率", "反向",
         mk("≥3%", "T108", "warning", row=True, note="反向 declared, ≤3% meant"), "行业标准"),
        (None, "可持续影响指标", "特种设备安全追溯平台运行", "定性", "稳定", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "特种设备使用单位满意度", "正向", "≥90%", "行业标准"),
    ])  # fmt: skip
    return b
