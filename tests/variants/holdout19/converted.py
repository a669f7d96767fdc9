"""Returns that came through a PDF converter (every cell text, line breaks inside cells, a header
split over two rows with odd merges, the page header repeated) and returns where the office added
its own columns (评价方法, 数据来源, 责任科室, 备注) that are not values (items 4, 5, 7, 9)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout19.common import footer
from tests.variants.holdout19.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok, pct

PLAIN = "#,##0.00"


def pdf_header(s: Sheet) -> None:
    """The two header rows a converter makes of a merged PDF header."""
    s.row("绩效指标", None, None, "指标值", "备注", merge=[(1, 3)])
    s.row("一级\n指标", "二级\n指标", "三级指标", None, None)
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("ic07-pdf-converted-ok", (9, 4, 7), "one-year 道路桥梁养护 project converted from PDF: "
         "every cell text, line breaks in cells, two-row header with odd merges, page header "
         "and header rows repeated, tier labels only in the first row of a block")  # fmt: skip
def ic07() -> Book:
    b = Book()
    s = b.sheet("Table 1", (14, 14, 30, 16, 20))
    s.title("芦湾区2025年度项目支出绩效目标表", 5)
    s.row("项目名称", "芦湾区市政道路桥梁养护项目", None, "主管部门", "芦湾区城市管理局",
          merge=[(2, 3)])  # fmt: skip
    s.row("实施单位", "芦湾区市政设施养护中心", None, "项目期限", "2025年1月—2025年12月",
          merge=[(2, 3)])  # fmt: skip
    s.row("年度资金总额\n（万元）", ok("1,260.00", note="PDF 转换的文本数字，审核人不要求改"),
          None, "其中：财政拨款", "1260.00", merge=[(2, 3)])  # fmt: skip
    s.row("其他资金", "0.00", None, "项目属性", "经常性项目", merge=[(2, 3)])
    s.row("年度目标", "完成城区主次干道日常养护186公里，桥梁定期检测42座，\n修复破损人行道9000"
          "平方米，道路完好率保持在95%以上。", None, None, None, merge=[(2, 5)])  # fmt: skip
    pdf_header(s)
    s.row("产出指标", "数量指标", "主次干道日常养护里程", "≥186公里", None)
    s.row(None, None, "桥梁定期检测", "≥42座", "一年一检")
    s.row(None, None, "人行道破损修复面积", "≥9000平方米", None)
    s.row(None, "质量指标", "路面病害\n修复合格率", "≥98%", None)
    s.row(None, None, "道路完好率", "≥95%", None)
    s.row(None, "时效指标", "路面坑槽修补时限", "≤48小时", "接报后")
    s.row(None, None, None, None, "第 1 页，共 2 页")
    s.row("芦湾区2025年度项目支出绩效目标表（续）", None, None, None, None, merge=[(1, 5)])
    pdf_header(s)
    s.row(None, "成本指标", "道路日常养护单价", "≤5.2万元/公里", None)
    s.row("效益指标", "社会效益指标", "因道路设施原因引发的\n安全事故", "0起", None)
    s.row(None, "可持续影响指标", "一、二类桥梁占比", "≥90%", "技术状况评定")
    s.row("满意度指标", "服务对象\n满意度指标", "市民满意度", "≥85%", None)
    s.row(None, None, None, None, "第 2 页，共 2 页")
    s.row("填表说明：本表由预算管理一体化系统导出，金额单位为万元。", None, None, None, None,
          merge=[(1, 5)])  # fmt: skip
    s.row("填表人：祝玲", None, "审核人：何志远", "联系电话：0574-87336021", None)
    s.row("填报日期：2024年10月29日", None, None, None, None)
    return b


@variant("ic08-pdf-artefacts-wrong", (9, 12), "one-year 背街小巷 project converted from "
         "PDF, a money detail block: a total split by a space, an amount pasted twice, "
         "a doubled operator")  # fmt: skip
def ic08() -> Book:
    b = Book()
    s = b.sheet("Table 1", (14, 14, 30, 16, 20))
    s.title("松桥区2025年度项目支出绩效目标表", 5)
    s.row("项目名称", "松桥区背街小巷改造提升工程", None, "主管部门", "松桥区住房和城乡建设局",
          merge=[(2, 3)])  # fmt: skip
    s.row("实施单位", "松桥区城市建设事务中心", None, "项目期限", "2025年1月—2025年12月",
          merge=[(2, 3)])  # fmt: skip
    s.row("年度资金总额\n（万元）",
          mk("1205.337 6", "X105", "warning", alt=("X103",), note="PDF 断开的数字"), None,
          "其中：财政拨款", "1000.0000", merge=[(2, 3)])  # fmt: skip
    s.row("其他资金", "205.3376", None, "项目属性", "一次性项目", merge=[(2, 3)])
    top = s.r + 1
    s.row("资金测算明细\n（万元）", "路面及人行道改造", None, "845.3376", "按施工图预算",
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "雨污管网改造", None,
          mk("120万120万", "X106", "error", alt=("B108",), note="金额粘贴了两次"),
          "按施工图预算", merge=[(2, 3)])  # fmt: skip
    s.row(None, "照明及弱电管线入地", None, "240.0000", "按施工图预算", merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标", "完成背街小巷改造32条，总长约11.4公里，同步实施雨污分流和\n弱电管线入地，"
          "改善老城区居民出行条件。", None, None, None, merge=[(2, 5)])  # fmt: skip
    pdf_header(s)
    s.row("产出指标", "数量指标", "改造背街小巷", "≥32条", None)
    s.row(None, None, "改造道路长度", "≥11.4公里", None)
    s.row(
        None,
        "质量指标",
        "工程质量\n合格率",
        mk("≥≥98%", "T116", "warning", note="比较符写了两遍"),
        None,
    )
    s.row(None, "时效指标", "项目完工时间", "2025年12月31日前", None)
    s.row(None, "成本指标", "每公里改造综合成本", "≤105万元/公里", None)
    s.row(None, None, None, None, "第 1 页，共 2 页")
    pdf_header(s)
    s.row("效益指标", "社会效益指标", "改造片区雨天积水点消除率", "≥90%", None)
    s.row(None, "可持续影响指标", "改造后道路设计使用年限", "≥10年", None)
    s.row("满意度指标", "服务对象\n满意度指标", "沿线居民满意度", "≥90%", None)
    s.row("填表人：方晴", None, "审核人：谭家伟", "联系电话：0573-87251190", None)
    b.file_mark("B102", "error", required=False, note="重复粘贴的金额若照字面读，明细不合")
    return b


@variant("ic09-own-columns-ok", (7, 4), "one-year 雨污分流 project, NAT-2021, head on a "
         "first sheet, the indicator table on a second with the office's 评价方法, "
         "数据来源, 责任科室 and 备注 columns")  # fmt: skip
def ic09() -> Book:
    b = Book()
    s = b.sheet("项目基本信息", (16, 18, 28, 18, 18, 18))
    project_head(
        s, year=2025, name="岚溪县城区雨污分流改造工程", dept="岚溪县住房和城乡建设局",
        unit="岚溪县排水管理所", attr="一次性项目",
        money=[("年度资金总额", money(2380, PLAIN), "其中：财政拨款", money(1380, PLAIN)),
               (None, None, "其他资金（专项债券）", money(1000, PLAIN))],
        goals=("完成城区8个片区雨污分流改造，新建污水管网26公里、雨水管网18公里，城区污水集中"
               "收集率提高到75%以上。",),
    )  # fmt: skip
    t = b.sheet("绩效指标", (12, 14, 26, 14, 14, 16, 12, 20))
    t.title("岚溪县城区雨污分流改造工程绩效指标表", 8)
    t.row("一级指标", "二级指标", "三级指标", "指标值", "评价方法", "数据来源", "责任科室", "备注")
    t.table(
        [
            ("产出指标", "数量指标", "完成雨污分流改造片区", "≥8个", "现场核查", "工程月报",
             "城建股", None),
            (None, None, "新建污水管网", "≥26公里", "查阅竣工图", "竣工验收资料", "城建股",
             ok("含2024年结转工程2.5公里", note="结转说明，不是年度错误")),
            (None, None, "新建雨水管网", "≥18公里", "查阅竣工图", "竣工验收资料", "城建股", None),
            (None, "质量指标", "管道闭水试验合格率", pct(1), "抽查检测记录", "第三方检测报告",
             "质安站", "100%抽检"),
            (None, "时效指标", "主体工程完工时间", "2025年11月30日前", "对照进度计划",
             "工程月报", "城建股", None),
            ("成本指标", "经济成本指标", "每公里管网综合造价", "≤54万元/公里", "对照概算",
             "财务决算", "计财股", "按44公里计"),
            ("效益指标", "社会效益指标", "城区污水集中收集率", pct(0.75, "0.0%"), "对比进厂水量",
             "污水处理厂台账", "排水所", "改造前约61%"),
            (None, "生态效益指标", "片区污水直排口消除", "≥12个", "现场核查", "排口台账",
             "排水所", None),
            ("满意度指标", "服务对象满意度指标", "片区居民满意度", pct(0.9), "问卷调查",
             "调查问卷", "办公室", "抽样不少于300户"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(t, who="林小芳", checker="韦东升", phone="0578-6610752", filled=day(2024, 10, 16))
    return b


@variant("ic10-own-columns-wrong", (7, 5), "one-year 环卫一体化 project, NAT-2021, the "
         "office's 指标解释 / 数据来源 / 责任科室 columns: a conflicting duplicate, a "
         "tier-2 under the wrong tier-1, a rate without %")  # fmt: skip
def ic10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 14, 24, 16, 12))
    s.title("2025年度项目支出绩效目标表", 7)
    s.row("项目名称", "柘塘县城乡环卫一体化运营项目", None, "主管部门", "柘塘县城市管理局",
          None, None, merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度资金总额（万元）", money(1980, PLAIN), None, "其中：财政拨款", money(1980, PLAIN),
          None, None, merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度绩效目标", "全县城乡生活垃圾日产日清，无害化处理全覆盖，城区主次干道机械化清扫率"
          "达到90%以上。", None, None, None, None, None, merge=[(2, 7)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "数据来源", "责任科室")
    s.table(
        [
            ("产出指标", "数量指标", "城乡生活垃圾清运量", "≥9.5万吨", "全年清运总量",
             "垃圾转运站台账", "环卫科"),
            (None, None, "配置分类垃圾桶", "≥6000个", "新增及更换", "采购合同", "环卫科"),
            (None, "质量指标", "城区主次干道机械化清扫率",
             mk(90, "T105", "warning", note="比率漏写%"), "机扫面积/清扫总面积", "作业监管平台",
             "环卫科"),
            (None, None, "生活垃圾无害化处理率",
             mk("=100%", "*", "error", required=False, row=True,
                note="与下方同名指标冲突，两处都可标"), "无害化处理量/清运量",
             "处理厂台账", "环卫科"),
            (None, "时效指标", "垃圾清运日产日清率", "≥98%", "按日考核", "作业监管平台", "环卫科"),
            ("成本指标", "经济成本指标", "每吨垃圾收运处理成本", "≤200元/吨", "含转运和处置",
             "财务账", "计财科"),
            ("效益指标", mk("质量指标", "F105", "error", row=True, alt=("F104",),
                note="质量指标不属于效益指标"),
             "生活垃圾无害化处理率",
             mk("≥98%", "D102", "error", row=True, alt=("D101",), note="同名指标值不同"),
             "无害化处理量/清运量", "处理厂台账", "环卫科"),
            (None, "社会效益指标", "城乡人居环境整治考核排名", "全市前五", "市考核结果",
             "考核通报", "办公室"),
            ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", "第三方测评",
             "测评报告", "办公室"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="丁彦", checker="伍思远", phone="0575-82276103", filled=day(2024, 11, 1))
    return b
