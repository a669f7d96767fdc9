"""One-year project returns of the 186th held-out set (on01, on05, on06, on09, on10 correct;
on13, on16, on18 with planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout186.common import (
    ONE,
    WIDTHS9,
    attachments,
    footer,
    indicators,
    instructions,
    project_head,
)
from tests.variants.holdout186.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, pct


@variant("on01-farm-tech-extension", (1, 2), "project, NAT-2021, 填报说明 sheet first, unit name "
         "merged two rows high, 序号/备注 columns, operator and unit columns, spacer rows, hidden "
         "上年指标值 column, numbered 年度目标; a 增长率 ≤0% (零增长)")  # fmt: skip
def on01() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=WIDTHS9)
    project_head(
        s, 9, year=2026, name="基层农技推广体系改革与建设补助项目", dept="梧岭县农业农村局",
        unit="梧岭县农业技术推广中心", leader="邵启明", phone="0736-4218537",
        money=[("资金总额", 86.00), ("其中：财政拨款", 80.00), ("其他资金", 6.00)],
        goal=[("年度目标", "1.培育农业科技示范主体120户；\n"
               "2.开展基层农技人员知识更新培训300人次；\n3.推广主导品种和主推技术，农药使用量实现零增长。")],
    )  # fmt: skip
    indicators(s, ONE, [
        [("产出指标", "数量指标", "培育农业科技示范主体", "≥", 120, "户", 110, None),
         (None, None, "基层农技人员培训", "≥", 300, "人次", 300, "同上年"),
         (None, None, "建设农业科技试验示范基地", "≥", 4, "个", 4, "同上年"),
         (None, "质量指标", "主推技术到位率", "≥", 95, "%", 95, "同上年"),
         (None, None, "培训考核合格率", "≥", 90, "%", 88, None),
         (None, "时效指标", "补助资金拨付及时率", "=", 100, "%", 100, "同上年"),
         (None, None, "项目完成时间", None, "2026年11月底前", None, None, None)],
        [("成本指标", "经济成本指标", "示范主体补助标准", "≤", 2000, "元/户", 2000, "同上年"),
         (None, None, "试验示范基地建设补助", "≤", 8, "万元/个", 8, "同上年")],
        [("效益指标", "经济效益指标", "示范主体亩均增收", "≥", 150, "元/亩", 120, "按实际测算"),
         (None, "社会效益指标", "主导品种和主推技术入户率", "≥", 90, "%", 90, "同上年"),
         (None, "生态效益指标", "农药使用量增长率", "≤", 0, "%", 0, "零增长"),
         (None, "可持续影响指标", "农技推广服务长效机制", None, "健全", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "示范主体满意度", "≥", 90, "%", 90, "同上年")],
    ], hidden=8)  # fmt: skip
    footer(s, 9, signer="邵启明", checker="江慧", head="彭立群", filled="2025年11月18日")
    return b


@variant("on05-reading-promotion", (1, 3), "project, OLD-NAT, 附件清单 sheet first (a 2025年度 "
         "self-evaluation report listed), operators inside the values, unit column duplicating the "
         "unit, 备注 同上年/按实际, spacer rows; a 差错率 ≤1%")  # fmt: skip
def on05() -> Book:
    b = Book()
    attachments(b, "2026年度项目申报附件清单", [
        ("项目实施方案", 1, None), ("资金测算明细表", 1, None),
        ("上年度项目绩效自评报告", 1, "2025年度"),
    ])  # fmt: skip
    s = b.sheet("项目绩效目标", widths=(6, 14, 16, 30, 14, 10, 18, 8, 8))
    project_head(
        s, 8, year=2026, name="全民阅读推广项目", dept="南屏县文化广电旅游体育局",
        unit="南屏县图书馆", leader="林素芬", phone="0759-3320146",
        money=[("资金总额", 45.00), ("其中：财政拨款", 40.00), ("其他资金", 5.00)],
        goal=[("年度目标", "1.举办阅读推广活动40场以上；\n2.新增馆藏图书12000册；\n"
               "3.建成流动图书服务点15个，读者满意度达到92%以上。")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), [
        [("产出指标", "数量指标", "举办阅读推广活动", "≥40场", "场", "同上年"),
         (None, None, "新增馆藏图书", "≥12000册", "册", None),
         (None, None, "设立流动图书服务点", "≥15个", "个", None),
         (None, "质量指标", "新增图书编目差错率", "≤1%", "%", "同上年"),
         (None, "时效指标", "新书上架周期", "≤30天", "天", "同上年"),
         (None, "成本指标", "图书平均采购单价", "≤25元/册", "元/册", "按政府采购价")],
        [("效益指标", "社会效益指标", "读者到馆人次", "≥180000人次", "人次", "按实际统计"),
         (None, None, "图书外借册次", "≥150000册次", "册次", "按实际统计"),
         (None, "可持续影响指标", "阅读推广志愿服务机制", "有效", None, None)],
        [("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%", "%", "问卷调查")],
    ])  # fmt: skip
    footer(s, 7, signer="林素芬", checker="韦志坚", head="黄嘉仪", filled="2025年11月20日",
           notes=["注：指标值含比较符号，计量单位栏与指标值单位一致。"])  # fmt: skip
    return b


@variant("on06-shanghai-service-window", (1, 4), "project, Shanghai framework (一级目标 … "
         "指标目标值), money in 元 in the number format, 填报说明 first, 序号 and 备注 columns, "
         "预算执行率 under 投入与管理 (legitimate there)")  # fmt: skip
def on06() -> Book:
    b = Book()
    instructions(b, ("本表金额单位为元。", "指标目标值应包含比较符号和计量单位。",
                     "备注栏填写指标值依据。"))  # fmt: skip
    s = b.sheet("绩效目标", widths=(6, 14, 14, 32, 16, 18, 10, 10))
    project_head(
        s, 8, year=2026, name="社区事务受理窗口运维项目", dept="东滨区行政服务中心",
        unit="东滨区社区事务受理服务中心", leader="陶文佳", phone="021-58817263",
        title="2026年度财政项目支出绩效目标表", attr="经常性专项业务费",
        money_label="项目资金（元）",
        money=[("项目总预算", money(1260000, YUAN)), ("项目当年预算", money(1260000, YUAN)),
               ("其中：财政拨款", money(1260000, YUAN)), ("其他资金", money(0, YUAN))],
        goal=[("年度绩效目标", "1.保障40台受理窗口终端全年正常运行；\n"
               "2.全年受理事项办件量150000件以上；\n3.办事群众满意度达到92%以上。")],
    )  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值", "备注"), [
        [("投入与管理", "财务管理", "预算执行率", "≥95%", None),
         (None, None, "资金使用合规性", "合规", None),
         (None, "实施管理", "窗口运维制度执行", "有效", None)],
        [("产出目标", "数量", "受理窗口终端运维", "≥40台", "同上年"),
         (None, None, "受理事项办件量", "≥150000件", "按实际统计"),
         (None, "质量", "办件差错率", "≤0.5%", None),
         (None, "时效", "终端故障修复时间", "≤24小时", None),
         (None, "成本", "窗口终端年均运维费", "≤6000元/台", "同上年")],
        [("效果目标", "社会效益", "一窗通办事项覆盖率", "≥90%", None),
         (None, "满意度", "办事群众满意度", "≥92%", "第三方测评")],
        [("影响力目标", "长效管理", "运维管理制度", "健全", None),
         (None, "信息共享", "办件数据共享机制", "有效", None)],
    ], section=None)  # fmt: skip
    footer(s, 6, signer="陶文佳", checker="顾晓峰", head="沈一鸣", filled="2025年11月12日")
    return b


@variant("on09-health-check-points", (1, 10), "project, NAT-2021, 项目资金 with 万元 only in the "
         "number format, 符号/单位 columns, percentages stored as Excel stores them, a 分值 column "
         "adding to 100, spacer rows")  # fmt: skip
def on09() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("项目绩效目标表", widths=(6, 14, 16, 30, 8, 12, 10, 8, 16))
    project_head(
        s, 9, year=2026, name="重点人群免费健康体检项目", dept="澄川市卫生健康委员会",
        unit="澄川市疾病预防控制中心", leader="冯卓", phone="0872-6613098",
        money_label="项目资金",
        money=[("资金总额", money(320, WAN)), ("其中：财政拨款", money(300, WAN)),
               ("其他资金", money(20, WAN))],
        goal=[("年度目标", "1.为辖区重点人群提供免费健康体检20000人；\n"
               "2.体检报告在15个工作日内反馈；\n3.受检群众满意度达到90%以上。")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "符号", "指标值", "单位", "分值", "备注"), [
        [("产出指标", "数量指标", "完成重点人群健康体检", "≥", 20000, "人", 10, None),
         (None, None, "建立电子健康档案", "≥", 20000, "份", 10, None),
         (None, "质量指标", "体检项目完成率", "≥", pct(0.95), "%", 10, None),
         (None, None, "异常结果告知率", "≥", pct(0.98), "%", 10, None),
         (None, "时效指标", "体检报告反馈时间", "≤", 15, "工作日", 10, None)],
        [("成本指标", "经济成本指标", "人均体检费用", "≤", 150, "元/人", 10, "按物价标准")],
        [("效益指标", "社会效益指标", "重点人群健康管理率", "≥", pct(0.7), "%", 10, None),
         (None, None, "慢性病早期筛查覆盖率", "≥", pct(0.85), "%", 10, None),
         (None, "可持续影响指标", "体检信息互通共享机制", None, "建立并执行", None, 10, None)],
        [("满意度指标", "服务对象满意度指标", "受检群众满意度", "≥", pct(0.9), "%", 10, None)],
    ])  # fmt: skip
    footer(s, 9, signer="冯卓", checker="杨舒", head="钱立新", filled="2025年11月25日",
           notes=["注：分值合计100分。"])  # fmt: skip
    return b


@variant(
    "on10-rural-water",
    (1, 2),
    "project, OLD-NAT (成本指标 under 产出), 填报说明 first, "
    "operator and unit columns, hidden 上年指标值 column, spacer rows; a =0起 accident count",
)
def on10() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标申报表", widths=WIDTHS9)
    project_head(
        s, 9, year=2026, name="农村饮水安全工程维修养护项目", dept="蓝溪县水利局",
        unit="蓝溪县农村供水管理站", leader="贺建军", phone="0745-7731260",
        money=[("资金总额", 150.00), ("其中：财政拨款", 120.00), ("其他资金", 30.00)],
        goal=[("年度目标", "1.维修养护农村供水工程35处；\n2.更换老旧供水管网18公里；\n"
               "3.全年不发生饮水安全事故。")],
    )  # fmt: skip
    indicators(s, ONE, [
        [("产出指标", "数量指标", "维修养护农村供水工程", "≥", 35, "处", 32, None),
         (None, None, "更换老旧供水管网", "≥", 18, "公里", 15, None),
         (None, None, "水质抽检频次", "≥", 4, "次", 4, "同上年"),
         (None, "质量指标", "维修工程验收合格率", "≥", 98, "%", 98, "同上年"),
         (None, "时效指标", "维修养护任务完成时间", None, "2026年10月底前", None, None, None),
         (None, "成本指标", "管网更换单价", "≤", 4.5, "万元/公里", 4.5, "同上年")],
        [("效益指标", "社会效益指标", "农村集中供水率", "≥", 92, "%", 90, None),
         (None, None, "饮水安全事故", "=", 0, "起", 0, "同上年"),
         (None, "可持续影响指标", "工程管护责任落实", None, "到位", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", 90, "同上年")],
    ], hidden=8)  # fmt: skip
    footer(s, 9, signer="贺建军", checker="龙晓燕", head="田志远", filled="2025年11月16日")
    return b


@variant("on13-sanitation-planted", (1, 11), "project, NAT-2021, 填报说明 first, operator and "
         "unit columns, hidden 上年指标值: ≥ chosen in the operator column for a 投诉率, a 合格率 "
         "of ≥100%")  # fmt: skip
def on13() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=WIDTHS9)
    project_head(
        s, 9, year=2026, name="城区环卫作业服务项目", dept="柳溪县城市管理局",
        unit="柳溪县环境卫生服务中心", leader="唐国栋", phone="0778-2259014",
        money=[("资金总额", 520.00), ("其中：财政拨款", 500.00), ("其他资金", 20.00)],
        goal=[("年度目标", "1.城区道路清扫保洁面积480万平方米；\n2.清运生活垃圾36000吨；\n"
               "3.公厕保洁85座，市民满意度达到90%以上。")],
    )  # fmt: skip
    indicators(s, ONE, [
        [("产出指标", "数量指标", "道路清扫保洁面积", "≥", 480, "万平方米", 460, None),
         (None, None, "生活垃圾清运量", "≥", 36000, "吨", 35000, "按实际"),
         (None, None, "公厕保洁", "≥", 85, "座", 80, None),
         (None, "质量指标", "清扫保洁作业质量合格率", "≥",
          mk(100, "T106", "error", row=True, note="a 合格率 cannot be ≥100%"), "%", 98, None),
         (None, None, "垃圾日产日清率", "=", 100, "%", 100, "同上年"),
         (None, "时效指标", "投诉处置时限", "≤", 24, "小时", 24, "同上年")],
        [("成本指标", "经济成本指标", "道路保洁单价", "≤", 0.9, "元/平方米", 0.9, "同上年")],
        [("效益指标", "社会效益指标", "环卫服务投诉率",
          mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), 2, "%", 2, None),
         (None, "生态效益指标", "生活垃圾无害化处理率", "≥", 98, "%", 98, "同上年"),
         (None, "可持续影响指标", "环卫作业市场化运行机制", None, "健全", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "市民满意度", "≥", 90, "%", 90, "同上年")],
    ], hidden=8)  # fmt: skip
    footer(s, 9, signer="唐国栋", checker="莫丽华", head="韦振国", filled="2025年11月21日")
    return b


@variant("on16-county-commerce-planted", (1, 5), "project, NAT-2021, 附件清单 first, operator "
         "and unit columns, spacer rows: the tier-1 left blank after a spacer row, a 合格率 given "
         "the unit 个 copied from the row above")  # fmt: skip
def on16() -> Book:
    b = Book()
    attachments(b, "项目申报材料附件清单", [
        ("县域商业体系建设实施方案", 1, None), ("资金分配测算表", 1, None),
    ])  # fmt: skip
    s = b.sheet("绩效目标表", widths=(6, 14, 18, 30, 10, 12, 10, 18))
    project_head(
        s, 8, year=2026, name="县域商业体系建设项目", dept="葛峪县商务局",
        unit="葛峪县商务局流通业发展股", leader="俞海涛", phone="0794-8826410",
        money=[("资金总额", 300.00), ("其中：财政拨款", 260.00), ("其他资金", 40.00)],
        goal=[("年度目标", "1.建设改造乡镇商贸中心6个；\n2.新建村级便民商店40个；\n"
               "3.带动农村就业200人以上。")],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "备注")
    indicators(s, header, [
        [("产出指标", "数量指标", "建设改造乡镇商贸中心", "≥", 6, "个", None),
         (None, None, "新建村级便民商店", "≥", 40, "个", None),
         (None, "质量指标", "商贸中心建设验收合格率", "≥",
          mk(95, "T105", "error", row=True, note="a rate with the unit 个"), "个", None),
         (None, "时效指标", "项目建设完成时间", None, "2026年11月底前", None, None)],
        [("成本指标", "经济成本指标", "乡镇商贸中心改造补助", "≤", 30, "万元/个", None),
         (None, None, "村级便民商店补助", "≤", 2, "万元/个", None)],
        [("效益指标", "经济效益指标", "农村网络零售额增长率", "≥", 8, "%", None),
         (None, "社会效益指标", "带动农村就业", "≥", 200, "人", "按实际")],
        [(mk(None, "F101", "error", row=True, alt=("F105",),
             note="the tier-1 满意度指标 left blank after the spacer row"),
          "服务对象满意度指标", "经营主体满意度", "≥", 90, "%", None)],
    ])  # fmt: skip
    b.file_mark("F106", "error", required=False, note="满意度指标 is missing as written")
    footer(s, 8, signer="俞海涛", checker="吴倩", head="蔡德明", filled="2025年11月19日")
    return b


@variant("on18-forest-fire-planted", (1, 6), "project, OLD-NAT, 填报说明 first, operator and "
         "unit columns, 备注: 按实际 typed into the value cell, an indicator copied into a later "
         "group with last year's value")  # fmt: skip
def on18() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=WIDTHS9)
    project_head(
        s, 9, year=2026, name="森林防火能力建设项目", dept="禾丰县林业局",
        unit="禾丰县森林防火指挥部办公室", leader="欧阳斌", phone="0797-5521873",
        money=[("资金总额", 180.00), ("其中：财政拨款", 150.00), ("其他资金", 30.00)],
        goal=[("年度目标", "1.建设防火隔离带25公里；\n2.购置扑火机具120套；\n"
               "3.全年森林火灾受害率控制在0.9‰以内。")],
    )  # fmt: skip
    dup = "建设防火隔离带"
    indicators(s, ONE, [
        [("产出指标", "数量指标", dup, "≥",
          mk(25, "D102", "error", row=True, required=False, alt=("D101", "D103")), "公里", 20,
          None),
         (None, None, "购置扑火机具", "≥", 120, "套", 100, None),
         (None, None, "护林员专业培训", None,
          mk("按实际", "T102", "error", row=True, alt=("T101",), note="no target, only a remark"),
          "人次", None, "按实际"),
         (None, "质量指标", "隔离带建设验收合格率", "≥", 95, "%", 95, "同上年"),
         (None, "时效指标", "火情处置响应时间", "≤", 30, "分钟", 30, "同上年"),
         (None, "成本指标", "隔离带建设单价", "≤", 3.2, "万元/公里", 3.2, "同上年")],
        [("效益指标", "社会效益指标", "森林火灾受害率", "≤", 0.9, "‰", 0.9, "同上年"),
         (None, "生态效益指标", "森林覆盖率", "≥", 68, "%", 67.5, None),
         (None, "可持续影响指标",
          mk(dup, "F201", "warning", row=True, required=False,
             note="the copied 数量 row also sits under the wrong tier-2: the same slip"), "≥",
          mk(20, "D102", "error", row=True, alt=("D101", "D103", "D104"),
             note="the 数量 indicator copied here with last year's 20"), "公里", 20, None)],
        [("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", 90, "%", 90, "同上年")],
    ], hidden=8)  # fmt: skip
    footer(s, 9, signer="欧阳斌", checker="章红", head="刘卫东", filled="2025年11月14日")
    return b
