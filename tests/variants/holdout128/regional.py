"""中央对地方转移支付区域绩效目标表 of the invented province 汀澜省 (2026): money split into
中央补助 · 省级资金 · 市县配套, a 年度总体目标 paragraph, 产出 · 效益 · 满意度 with 指标值 and a
separate 度量单位 column."""

from __future__ import annotations

from tests.variants.holdout128.common import HEAD, footer, transfer_head
from tests.variants.holdout128.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

T1 = "中央对地方专项转移支付区域绩效目标表"


@variant("mh01-water-regional", (5,), "区域绩效目标表, 水利发展资金, OLD-NAT, 度量单位 column")
def water_regional() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (16, 16, 34, 14, 12, 18))
    transfer_head(
        s,
        title=f"{T1}（2026年度）",
        name="水利发展资金（汀澜省）",
        central="水利部",
        local="汀澜省水利厅、汀澜省财政厅",
        money=(money(52600, WAN), money(38000, WAN), money(9600, WAN), money(5000, WAN)),
        goal="目标1：完成中小河流治理河长186公里，小型水库除险加固42座，提升重点河段防洪能力；"
        "目标2：新增恢复灌溉面积12.5万亩，改善项目区农业生产条件；目标3：山洪灾害监测预警"
        "站点稳定运行，预警信息及时发布，保障人民群众生命财产安全。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "中小河流治理长度", "≥186", "公里", None),
            (None, None, "小型水库除险加固数量", "≥42", "座", None),
            (None, None, "新增恢复灌溉面积", "≥12.5", "万亩", None),
            (None, None, "山洪灾害监测预警站点运行维护数量", "≥310", "个", None),
            (None, "质量指标", "工程验收合格率", pct(1), "%", None),
            (None, None, "除险加固水库安全鉴定达标率", pct(0.95), "%", None),
            (None, "时效指标", "中央资金分解下达时限", "≤30", "天", "收到中央资金后"),
            (None, "成本指标", "中小河流治理每公里平均投资", "≤180", "万元/公里", None),
            ("效益指标", "经济效益指标", "新增粮食生产能力", "≥1.6", "万吨", None),
            (None, "社会效益指标", "防洪保护人口", "≥58", "万人", None),
            (None, None, "山洪灾害预警信息发布覆盖率", pct(0.98), "%", None),
            (None, "生态效益指标", "治理河段水功能区水质达标率", "90%-95%", "%", None),
            (None, "可持续影响指标", "工程运行管护责任落实", "全覆盖", None, None),
            ("满意度指标", "服务对象满意度指标", "项目区受益群众满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）：汀澜省水利厅", "省级财政部门（盖章）：汀澜省财政厅")
    return b


@variant(
    "mh02-road-central-over-total", (5,), "区域绩效目标表, 车购税农村公路, 中央补助 > 资金总额"
)
def road_central_over_total() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 34, 14, 12, 18))
    transfer_head(
        s,
        title=f"{T1}（2026年度）",
        name="车辆购置税收入补助地方资金（农村公路）",
        central="交通运输部",
        local="汀澜省交通运输厅",
        money=(
            mk(12000, "B101", "error", row=True, note="14500+2000+1500=18000, not 12000"),
            14500,
            2000,
            1500,
        ),
        goal="支持全省新改建农村公路1150公里，实施农村公路安全生命防护工程2300公里，改造"
        "农村公路危旧桥梁96座，提升农村公路通行能力和安全水平。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新改建农村公路里程", "≥1150", "公里", None),
            (None, None, "农村公路安全生命防护工程实施里程", "≥2300", "公里", None),
            (None, None, "危旧桥梁改造数量", "≥96", "座", None),
            (None, "质量指标", "交工验收质量合格率", pct(1), "%", None),
            (
                None,
                None,
                "新改建农村公路优良中等路率",
                mk("≥1000", "T105", "error", note="a rate given as a count of 公里"),
                "公里",
                None,
            ),
            (None, "时效指标", "年度建设任务完成时限", "≤12", "月", None),
            (None, "成本指标", "新改建农村公路平均补助标准", "≤10", "万元/公里", None),
            ("效益指标", "社会效益指标", "新增通三级及以上公路乡镇数", "≥14", "个", None),
            (None, None, "农村公路交通事故死亡人数下降率", "≥5", "%", "较上年"),
            (None, "可持续影响指标", "农村公路列养率", pct(1), "%", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位（盖章）：汀澜省交通运输厅", "联系人：周明远  联系电话：0878-3316205")
    return b


@variant("mh03-education-two-line-header", (5,), "区域绩效目标表, 义务教育补助, two-line header")
def education_two_line_header() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 36, 14, 14, 20))
    transfer_head(
        s,
        title=f"{T1}（2026年度）",
        name="城乡义务教育补助经费",
        central="教育部",
        local="汀澜省教育厅",
        money=(money(86450, WAN), money(60515, WAN), money(17290, WAN), money(8645, WAN)),
        goal="落实城乡统一、重在农村的义务教育经费保障机制，为全省约68.2万名义务教育学生免费"
        "提供国家规定课程教科书，为约9.6万名家庭经济困难寄宿生发放生活补助，支持农村学校"
        "校舍维修改造18万平方米，巩固义务教育基本均衡发展成果。",
    )
    s.row("绩效指标", None, None, "目标值", None, "指标值设定依据", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "度量单位", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table(
        [
            ("产出指标", "数量指标", "免费提供教科书学生人数", "≥68.2", "万人", "计划标准"),
            (None, None, "家庭经济困难寄宿生生活补助人数", "≥9.6", "万人", "计划标准"),
            (None, None, "农村学校校舍维修改造面积", "≥18", "万平方米", "计划标准"),
            (None, "质量指标", "义务教育巩固率", pct(0.965, "0.0%"), "%", "历史标准"),
            (None, None, "家庭经济困难寄宿生认定准确率", pct(1), "%", "行业标准"),
            (None, "时效指标", "补助资金拨付到校时限", "≤20", "工作日", "计划标准"),
            (
                None,
                "成本指标",
                "小学寄宿生生活补助标准",
                ok("=1000", note="a fixed subsidy standard, not a cost cap"),
                "元/人·年",
                "国家标准",
            ),
            (None, None, "初中寄宿生生活补助标准", ok("=1250"), "元/人·年", "国家标准"),
            ("效益指标", "社会效益指标", "家庭经济困难学生资助政策落实", "应助尽助", None, None),
            (None, None, "农村学校办学条件达标率", pct(0.92), "%", "历史标准"),
            (None, "可持续影响指标", "义务教育经费保障机制", "长效运行", None, None),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", pct(0.9), "%", "行业标准"),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位（盖章）：汀澜省教育厅", "审核单位（盖章）：汀澜省财政厅")
    return b


@variant("mh04-safety-accident-rate", (5,), "区域绩效目标表, 安全生产预防及应急, ≥ on a 事故率")
def safety_accident_rate() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 36, 14, 12, 18))
    transfer_head(
        s,
        title=f"{T1}（2026年度）",
        name="安全生产预防及应急专项资金",
        central="应急管理部",
        local="汀澜省应急管理厅",
        money=(money(7300, WAN), money(5200, WAN), money(1500, WAN), money(600, WAN)),
        goal="支持全省危险化学品、非煤矿山等重点行业领域安全风险监测预警系统建设和运行，"
        "开展安全生产执法检查和应急救援队伍能力建设，有效防范遏制重特大生产安全事故。",
    )
    s.row(*HEAD)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "危险化学品企业安全风险监测预警接入企业数",
                "≥260",
                "家",
                None,
            ),
            (None, None, "安全生产执法检查企业数", "≥4800", "家次", None),
            (None, None, "应急救援队伍装备配备数量", "≥35", "支", None),
            (None, None, "安全生产培训人数", "≥12000", "人次", None),
            (None, "质量指标", "监测预警系统运行稳定率", pct(0.98), "%", None),
            (
                None,
                None,
                "非煤矿山安全风险监测预警覆盖率",
                mk("≥120", "T105", "error", note="a count of 处 where a 覆盖率 is asked"),
                "处",
                None,
            ),
            (None, None, "重大事故隐患整改率", pct(1), "%", None),
            (None, "时效指标", "预警信息响应时间", "≤30", "分钟", None),
            (None, "成本指标", "应急救援队伍装备平均补助标准", "≤60", "万元/支", None),
            ("效益指标", "社会效益指标", "生产安全事故死亡人数较上年下降率", "≥3", "%", None),
            (
                None,
                None,
                "工矿商贸企业较大生产安全事故发生率",
                mk("≥0.5%", "T108", "warning", row=True, note="≥ on a 反向 事故率"),
                "%",
                None,
            ),
            (None, "可持续影响指标", "安全风险分级管控和隐患排查治理机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位（盖章）：汀澜省应急管理厅", "填报日期：2025年11月20日")
    return b


@variant("mh15-employment-ranges", (5,), "区域绩效目标表, 就业补助资金, ranges and 不低于上年")
def employment_ranges() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (16, 16, 36, 16, 12, 18))
    transfer_head(
        s,
        title=f"{T1}（2026年度）",
        name="就业补助资金",
        central="人力资源和社会保障部",
        local="汀澜省人力资源和社会保障厅",
        money=(money(31840, WAN), money(24600, WAN), money(5240, WAN), money(2000, WAN)),
        goal="落实就业创业扶持政策，全年城镇新增就业不少于21万人，开展职业技能培训8.5万人次，"
        "帮助就业困难人员实现就业1.8万人，城镇调查失业率控制在5.5%以内，保持就业局势总体稳定。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "城镇新增就业人数", "≥21", "万人", None),
            (None, None, "职业技能培训人次", "≥8.5", "万人次", None),
            (None, None, "就业困难人员实现就业人数", "≥1.8", "万人", None),
            (None, None, "公益性岗位安置人数", "≥6200", "人", None),
            (None, "质量指标", "培训合格率", "90%-95%", "%", None),
            (None, None, "补贴资金发放准确率", pct(1), "%", None),
            (None, "时效指标", "补贴资金审核发放时限", "≤15", "工作日", "申请材料齐全后"),
            (None, "成本指标", "职业技能培训人均补贴标准", "≤1800", "元/人次", None),
            ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "%", None),
            (None, None, "零就业家庭动态清零", "全覆盖", None, None),
            (None, "经济效益指标", "农村劳动力转移就业规模", "不低于上年", None, None),
            (None, "可持续影响指标", "公共就业服务体系", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "政策享受对象满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）", "省级财政部门（盖章）")
    return b
