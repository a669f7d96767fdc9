"""Project tables on the province's standard 项目支出 form (kr01–kr06): one value column, a
指标值说明 column, 比较符 and 计量单位 columns, a 中期 column for a multi-year census."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout86.common import CITY, multi_year, one_year, sign
from tests.variants.holdout86.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kr01-police-video", (1, 4), "project, OLD-NAT, one value column, merged tiers, a "
         "signature block: 公安局 video surveillance upkeep (correct)")  # fmt: skip
def kr01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 14, 32, 18, 22, 16))
    project_head(
        s, year=2027, name="城区视频监控系统运行维护项目", dept=f"{CITY}公安局 301001",
        unit=f"{CITY}公安局科技信息化支队", money=one_year(286.40, 286.40, 0.0),
        goals=["保障城区1260个视频监控点位全年正常运行，设备完好率不低于95%，故障修复平均时长"
               "不超过24小时，为案件侦破和社会治安防控提供视频支撑。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ["产出指标", "数量指标", "运维视频监控点位数", "≥1260个", "含新建点位"],
        [None, None, "设备巡检次数", "≥12次", "每月1次"],
        [None, None, "更换损坏摄像机数量", "≥80台", None],
        [None, "质量指标", "监控设备完好率", "≥95%", None],
        [None, None, "视频图像存储完整率", "≥98%", "存储不少于30天"],
        [None, None, "运维服务验收合格率", pct(1), None],
        [None, "时效指标", "故障修复平均时长", "≤24小时", None],
        [None, None, "重大活动保障响应时间", "≤2小时", None],
        [None, "成本指标", "单点位年均运维成本", "≤2200元/个", None],
        ["效益指标", "社会效益指标", "视频监控辅助破案数", "≥300起", None],
        [None, None, "城区可防性案件发案数同比降幅", "≥3%", None],
        [None, "可持续影响指标", "视频运维管理制度", "健全", None],
        ["满意度指标", "服务对象满意度指标", "基层派出所使用满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "周立勤", "0739-5268113", "2026年10月16日")
    return b


@variant("kr02-procuratorate-public-interest", (1,), "project, OLD-NAT, one value column and a "
         "备注 column: a rate given as a count and a 满意度 without %")  # fmt: skip
def kr02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 32, 18, 22, 16))
    project_head(
        s, year=2027, name="公益诉讼检察办案专项经费", dept=f"{CITY}人民检察院 302001",
        unit=f"{CITY}人民检察院第五检察部", money=one_year(68.50, 68.50, 0.0),
        goals=["全年办理公益诉讼案件不少于60件，开展专项监督活动4次，督促修复受损林地50亩以上，"
               "以检察履职守护生态环境和国有财产。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ["产出指标", "数量指标", "办理公益诉讼案件数", "≥60件", None],
        [None, None, "开展公益诉讼专项监督活动", "≥4次", None],
        [None, None, "聘任公益诉讼观察员", "≥20人", None],
        [None, "质量指标", "诉前检察建议采纳率",
         mk("45件", "T105", "error", note="a rate given as a count of cases"), None],
        [None, None, "提起诉讼案件裁判支持率", "≥95%", None],
        [None, "时效指标", "案件线索评估办理时限", "≤30天", "自受理之日起"],
        [None, "成本指标", "现场勘验及鉴定费用", "≤25万元", None],
        ["效益指标", "社会效益指标", "督促追缴国有财产", "≥300万元", None],
        [None, "生态效益指标", "督促修复受损林地面积", "≥50亩", None],
        [None, None, "督促清理固体废物", "≥2000吨", None],
        [None, "可持续影响指标", "公益诉讼协作配合机制", "建立并执行", None],
        ["满意度指标", "服务对象满意度指标", "人民群众满意度",
         mk("≥90", "T105", "error", alt=("T104",), note="满意度 without %"), None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韩晓岚", "0739-5261820", "2026年10月20日")
    return b


@variant("kr03-court-mediation", (1, 7), "project, NAT-2021, 指标值 and 指标值说明 columns, "
         "成本指标 first: 法院 pre-suit mediation (correct)")  # fmt: skip
def kr03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 16, 34, 12))
    project_head(
        s, year=2027, name="诉前调解及多元解纷中心运行经费", dept=f"{CITY}中级人民法院 303001",
        unit=f"{CITY}中级人民法院立案庭", money=one_year(124.80, 118.80, 6.00),
        goals=["依托多元解纷中心委派诉前调解案件6000件以上，调解成功3000件以上，调解平均周期"
               "不超过30天，从源头减少诉讼增量。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")
    s.table([
        ["成本指标", "经济成本指标", "特邀调解员案件补贴标准", "≤300元/件", "按调解成功案件计发"],
        [None, None, "调解中心场地运行费用", "≤18万元", "含物业、水电"],
        ["产出指标", "数量指标", "诉前委派调解案件数", "≥6000件", "计划标准"],
        [None, None, "调解成功案件数", "≥3000件", None],
        [None, None, "聘用特邀调解员人数", "≥45人", None],
        [None, None, "开展调解员业务培训", "≥4场", "每季度1场"],
        [None, "质量指标", "诉前调解成功率", "≥50%", "历史标准：上年48.6%"],
        [None, None, "调解协议自动履行率", "≥80%", None],
        [None, "时效指标", "诉前调解平均办理周期", "≤30天", None],
        ["效益指标", "社会效益指标", "民商事一审收案数同比降幅", "≥5%", None],
        [None, None, "涉诉矛盾纠纷源头化解成效", "显著", None],
        [None, "可持续影响指标", "诉调对接工作机制", "健全", None],
        ["满意度指标", "服务对象满意度指标", "调解当事人满意度", "≥90%", "抽样回访"],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邵敏", "0739-5270316", "2026年10月14日")
    return b


@variant("kr04-justice-legal-aid", (11, 12), "project, OLD-NAT, one value column: 年度资金总额 "
         "≠ 财政拨款 + 其他资金, a 投诉率 with ≥")  # fmt: skip
def kr04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 20, 16))
    money = one_year(150.00, 120.00, 20.00)
    money[0][1] = mk(money[0][1], "B101", "error", note="120 + 20 = 140, not 150")
    project_head(
        s, year=2027, name="法律援助经费", dept=f"{CITY}司法局 304001",
        unit=f"{CITY}法律援助中心", money=money, attr="常年项目",
        goals=["全年办理法律援助案件1800件以上，提供法律咨询12000人次以上，维护困难群众合法"
               "权益。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ["产出指标", "数量指标", "办理法律援助案件数", "≥1800件", None],
        [None, None, "提供法律咨询", "≥12000人次", "含12348热线"],
        [None, None, "值班律师工作站", "≥14个", None],
        [None, "质量指标", "案件质量评估合格率", "≥95%", None],
        [None, None, "法律援助案件结案归档率", pct(1), None],
        [None, "时效指标", "法律援助申请审查时限", "≤7个工作日", None],
        [None, "成本指标", "案件平均补贴标准", "≤700元/件", None],
        ["效益指标", "社会效益指标", "受援人合法权益维护", "有效", None],
        [None, None, "受援人有效投诉率",
         mk("≥1%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ expected"), None],
        [None, "可持续影响指标", "法律援助便民服务网络", "健全", None],
        ["满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒋若溪", "0739-5233561", "2026年10月22日")
    return b


@variant("kr05-statistics-census", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: three cumulative counts copied from 中期 into 年度")  # fmt: skip
def kr05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 16))
    project_head(
        s, year=2027, years=3, name="全市经济普查及统计调查能力提升项目",
        dept=f"{CITY}统计局 305001", unit=f"{CITY}普查中心", attr="新增项目",
        money=multi_year(360.00, 130.00, 360.00, 130.00),
        goals=["2027—2029年完成全市经济普查清查、登记、数据审核和成果发布，累计清查单位36000家，"
               "培训普查员2400人次，发布统计分析报告30篇。",
               "2027年完成普查区划分和首轮清查摸底，清查单位12000家，培训普查员800人次，发布"
               "统计分析报告10篇。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "in a three-year census the annual count equals the period count (copied)"
    s.table([
        ["产出指标", "数量指标", "清查摸底单位数", "≥36000家",
         mk("≥36000家", "D202", "warning", alt=("D104",), note=copied)],
        [None, None, "普查员培训人次", "≥2400人次",
         mk("≥2400人次", "D202", "warning", alt=("D104",), note=copied)],
        [None, None, "发布统计分析报告", "≥30篇",
         mk("≥30篇", "D202", "warning", alt=("D104",), note=copied)],
        [None, None, "开展统计数据质量抽查", "≥9次", "≥3次"],
        [None, "质量指标", "普查数据差错率", "≤1%", "≤1%"],
        [None, None, "普查表上报完整率", "≥98%", "≥98%"],
        [None, "时效指标", "普查数据上报及时率", "≥98%", "≥98%"],
        ["成本指标", "经济成本指标", "普查员劳务补贴标准", "≤150元/人·天", "≤150元/人·天"],
        ["效益指标", "社会效益指标", "普查成果服务政府决策", "有效", "有效"],
        [None, None, "统计数据公开发布率", pct(1), pct(1)],
        [None, "可持续影响指标", "名录库动态更新机制", "健全", "健全"],
        ["满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "≥90%"],
        [None, None, "普查对象配合满意度", "≥85%", "≥85%"],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "钟一帆", "0739-5219472", "2026年10月18日")
    return b


@variant("kr06-audit-outsourcing", (1,), "project, OLD-NAT, 比较符 and 计量单位 columns, bare "
         "numbers and percent cells: 审计局 outsourced investment audits (correct)")  # fmt: skip
def kr06() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (14, 14, 30, 10, 14, 12))
    project_head(
        s, year=2027, name="政府投资项目审计购买服务经费", dept=f"{CITY}审计局 306001",
        unit=f"{CITY}审计局投资审计科", money=one_year(95.00, 95.00, 0.0),
        goals=["委托社会中介机构完成政府投资项目审计40个以上，审减不合理投资4000万元以上，推动"
               "审计发现问题整改。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ["产出指标", "数量指标", "委托中介审计项目数", "≥", 40, "个"],
        [None, None, "送审工程结算金额", "≥", 8, "亿元"],
        [None, None, "审计现场核查次数", "≥", 80, "次"],
        [None, "质量指标", "审计报告复核合格率", "≥", pct(0.98), "%"],
        [None, None, "审计底稿归档率", "=", pct(1), "%"],
        [None, "时效指标", "单个项目审计平均完成时间", "≤", 60, "天"],
        [None, "成本指标", "单个项目平均审计服务费", "≤", 2.3, "万元"],
        ["效益指标", "经济效益指标", "审减不合理投资金额", "≥", 4000, "万元"],
        [None, "社会效益指标", "审计发现问题整改率", "≥", pct(0.9), "%"],
        [None, "可持续影响指标", "政府投资审计监督机制", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥", pct(0.9), "%"],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "骆文清", "0739-5240385", "2026年10月19日")
    return b
