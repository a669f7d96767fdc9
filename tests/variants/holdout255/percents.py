"""Percentages typed in Excel (stored as 0.95 with a percent format), in an operator column or
alone in the value column; money with its unit in the number format (re01–re06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout255.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout255.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("re01-voucher-excel-percent", (1,), "one-year project, NAT-2021, operator and unit "
         "columns: Excel percentages (= 100 %, ≥ 95 %, ≥ 10 %, ≥ 90 %), 300 vouchers × ≤2万元 "
         "within 650万元 (correct)")  # fmt: skip
def re01() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 10, 12, 12))
    project_head(
        s, year=2026, name="2026年科技创新券兑付项目", dept="清源县科学技术局（412）",
        unit="清源县生产力促进中心",
        money=one_year_money(wan(650), wan(600), wan(50)),
        goals=["2026年向科技型中小企业发放科技创新券不少于300张，引导企业购买检验检测、研发设计"
               "等科技服务，兑付审核准确率100%，服务企业满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "科技创新券发放张数", "≥", 300, "张"),
        (None, None, "入库科技服务机构数量", "≥", 40, "家"),
        (None, "质量指标", "创新券兑付审核准确率", "=", pct(1), "%"),
        (None, None, "兑付申请资料合规率", "≥", pct(0.95), "%"),
        (None, "时效指标", "创新券兑付办理时限", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "单张创新券平均兑付额", "≤", 2, "万元/张"),
        ("效益指标", "经济效益指标", "带动企业新增研发投入", "≥", 3000, "万元"),
        (None, "社会效益指标", "使用创新券企业数增长率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "创新券管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑予安", "柯明澜", "0731-86124307")
    return b


@variant("re02-hitech-percent-slips", (1,), "one-year project, NAT-2021, one value column "
         "with 指标解释: a 合格率 typed 105 %, a count of firms typed as 60 %")  # fmt: skip
def re02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 30))
    project_head(
        s, year=2026, name="高新技术企业培育专项", dept="南塘市科学技术局（208）",
        unit="南塘市高新技术创业服务中心",
        money=one_year_money(wan(480), wan(430), wan(50)),
        goals=["2026年新增入库培育企业60家，开展高企申报辅导8场，申报材料形式审查合格率达到95%"
               "以上，入库企业高企认定通过率不低于30%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "新增入库培育企业数量",
         mk(pct(0.6), "T120", "warning", alt=("D104",), note="60家 meant, shown 60%"),
         "当年新纳入培育库的企业数"),
        (None, None, "高企申报辅导培训场次", "≥8场", "集中辅导及上门辅导"),
        (None, "质量指标", "申报材料形式审查合格率",
         mk(pct(1.05), "T106", "error", alt=("D104",), note="typed 105%, ≥95% meant"),
         "形式审查合格份数÷提交份数"),
        (None, "时效指标", "培育补助资金拨付时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "单家入库企业培育补助", "≤5万元/家", "按培育协议分两次拨付"),
        ("效益指标", "经济效益指标", "入库企业高企认定通过率", "≥30%", "通过认定数÷入库企业数"),
        (None, "可持续影响指标", "高企梯次培育机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "温书禾", "陆庭昱", "0763-52810946")
    return b


@variant("re03-gov-cloud-yuan", (1, 12), "one-year project in 元 (unit in the number format), "
         "NAT-2021, operator column: 99.95 % as 0.00%, 网络安全事件 =0次, 800 hosts × "
         "≤1200元 within 1,860,000元 (correct)")  # fmt: skip
def re03() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 10, 14, 12))
    project_head(
        s, year=2026, name="政务云平台运维服务项目", dept="临江市大数据管理局（517）",
        unit="临江市政务数据中心", money_label="项目资金（元）",
        money=one_year_money(yuan(1860000), yuan(1600000), yuan(260000)),
        goals=["保障全市政务云平台800台云主机、120个政务业务系统全年稳定运行，平台可用率不低于"
               "99.95%，重大故障4小时内恢复，全年不发生网络安全事件。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "运维云主机数量", "≥", 800, "台"),
        (None, None, "承载政务业务系统数", "≥", 120, "个"),
        (None, "质量指标", "政务云平台可用率", "≥", pct(0.9995, "0.00%"), "%"),
        (None, None, "数据备份成功率", "≥", pct(0.99), "%"),
        (None, None, "网络安全事件发生次数", "=", 0, "次"),
        (None, "时效指标", "重大故障恢复时长", "≤", 4, "小时"),
        ("成本指标", "经济成本指标", "单台云主机年均运维成本", "≤", 1200, "元/台"),
        ("效益指标", "社会效益指标", "业务系统因平台故障中断次数下降率", "≥", pct(0.2), "%"),
        (None, "可持续影响指标", "运维服务规范和应急预案", "定性", "完备", None),
        ("满意度指标", "服务对象满意度指标", "云上部门用户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "贺知秋", "庞以宁", "0719-83306652")
    return b


@variant("re04-data-exchange-operators", (1, 11), "one-year project, NAT-2021, "
         "operator column with Excel percentages: ≥ on a 失败率, = on a 及时率, a 完成时间 "
         "typed 100 %")  # fmt: skip
def re04() -> Book:
    b, s = book("绩效指标", (14, 16, 30, 10, 12, 12))
    project_head(
        s, year=2026, name="政务数据共享交换平台提升项目", dept="石峡市政务服务数据管理局（044）",
        unit="石峡市大数据发展中心",
        money=one_year_money(wan(260), wan(220), wan(40)),
        goals=["2026年新增共享数据目录300条，完成35个部门业务系统对接和平台国产化升级，数据交换"
               "任务失败率控制在0.5%以内。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新增共享数据目录", "≥", 300, "条"),
        (None, None, "对接部门业务系统数", "≥", 35, "个"),
        (None, "质量指标", "数据交换任务失败率",
         mk("≥", "T108", "warning", row=True, note="a 失败率 is 反向: ≤0.5% meant"),
         pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "共享数据需求响应及时率",
         mk("=", "T107", "warning", row=True, alt=("T108",), note="≥95% meant"), pct(0.95), "%"),
        (None, None, "平台国产化升级完成时间", "=",
         mk(pct(1), "T113", "warning", row=True, alt=("T116",), note="a date meant"), "%"),
        ("成本指标", "经济成本指标", "单个部门系统对接费用", "≤", 3, "万元/个"),
        ("效益指标", "社会效益指标", "部门间数据调用量", "≥", 200, "万次"),
        (None, "可持续影响指标", "数据共享安全管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "欧阳澈", "钱曼汀", "0870-61725538")
    return b


@variant("re05-one-network-two-columns", (1, 8, 10), "three-year project, 中期/年度 "
         "columns: a 覆盖率 typed 100 %, 提高≥15/≥5百分点, a 2024 baseline in the goal, equal "
         "rates and time limits in both columns (correct)")  # fmt: skip
def re05() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 18, 18, 12))
    project_head(
        s, year=2025, years=3, name="“一网通办”能力提升工程", attr="新增项目",
        dept="汾阳河市政务服务管理局（031）", unit="汾阳河市政务服务中心",
        money=period_money((wan(1200), wan(1000), wan(200)), (wan(400), wan(350), wan(50))),
        goals=["到2027年，全市高频政务服务事项全部实现“一网通办”，新增“一件事”集成服务30项，"
               "全程网办率较2024年提高15个百分点。",
               "2025年新增“一件事”集成服务10项，全程网办率较上年提高5个百分点，企业群众满意度"
               "不低于90%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增“一件事”集成服务事项", "≥30项", "≥10项"),
        (None, None, "接入“一网通办”平台的部门数", "≥48个", "≥40个"),
        (None, "质量指标", "高频事项“一网通办”覆盖率", pct(1), "≥90%"),
        (None, None, "全程网办率提高幅度", "≥15百分点", "≥5百分点"),
        (None, "时效指标", "即办件办理时限", "≤1个工作日", "≤1个工作日"),
        ("成本指标", "经济成本指标", "单个“一件事”集成改造成本", "≤30万元/项", "≤30万元/项"),
        ("效益指标", "社会效益指标", "企业群众办事平均跑动次数", "≤0.3次", "≤0.5次"),
        (None, "可持续影响指标", "政务服务事项标准化动态管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "企业群众“好差评”满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆清漪", "殷若川", "0358-72219084")
    return b


@variant("re06-instrument-sharing-date", (1, 12), "one-year project, NAT-2021, unit and "
         "设定依据 columns: a completion date in the next year, 150 instruments × ≤3万元 "
         "above 320万元")  # fmt: skip
def re06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 14, 14))
    project_head(
        s, year=2026, name="大型科研仪器开放共享补助项目", dept="梧川市科学技术局（306）",
        unit="梧川市科技资源共享服务中心",
        money=one_year_money(wan(320), wan(320), wan(0)),
        goals=["2026年推动150台（套）大型科研仪器向社会开放共享，对外服务机时不少于6万机时，"
               "完成共享服务平台升级，用户满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "计量单位", "指标值设定依据"), [
        ("产出指标", "数量指标", "纳入开放共享的大型科研仪器", "≥150", "台（套）", "计划标准"),
        (None, None, "对外开放服务机时", "≥60000", "机时", "历史标准"),
        (None, "质量指标", "仪器设备完好率", "≥95%", "%", "行业标准"),
        (None, "时效指标", "共享服务平台升级完成时间",
         mk(day(2027, 3, 31, CN_DATE), "Y102", "error", alt=("Y101",),
            note="a one-year 2026 project"), None, "计划标准"),
        ("成本指标", "经济成本指标", "单台（套）仪器开放共享补贴",
         mk("≤3", "B107", "warning", row=True, note="150 × 3 = 450 > 320万元"),
         "万元/台（套）", "计划标准"),
        ("效益指标", "社会效益指标", "服务企业及科研机构数", "≥400", "家", "历史标准"),
        (None, "可持续影响指标", "仪器开放共享评价考核机制", "健全", None, "其他标准"),
        ("满意度指标", "服务对象满意度指标", "仪器用户满意度", "≥90%", "%", "行业标准"),
    ])  # fmt: skip
    sign(s, "孟书澄", "谭闻溪", "0774-58332106")
    return b
