"""Returns of 乡镇人民政府 (kn01–kn06): the standard 项目支出 form typed by hand, with abbreviated
or numbered tiers, extra empty columns, a hidden row, a long head and 说明 lines under the table."""

from __future__ import annotations

from tests.variants.holdout82.common import footer, long_head
from tests.variants.holdout82.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

SIGN = "单位负责人：{a}　　　填表人：{b}　　　联系电话：{c}　　　填报日期：2024年11月{d}日"


@variant(
    "kn01-shuanghe-renju",
    (),
    "township project, OLD-NAT tiers abbreviated (产出/数量), 比较符 and 计量单位 columns, 备注 "
    "with the basis, 资金测算依据 in 元 under a 万元 block, table on row 12, sheet Sheet1 (2)",
)
def kn01() -> Book:
    b = Book()
    s = b.sheet("Sheet1 (2)", (12, 12, 30, 8, 12, 12, 24))
    long_head(
        s,
        year=2025,
        name="双河镇2025年农村人居环境整治项目",
        dept="青杉县双河镇人民政府（412003）",
        unit="青杉县双河镇人民政府",
        money=[("资金总额", 86.4, "其中：财政拨款", 80), ("其他资金（镇自筹）", 6.4, None, None)],
        goals=[
            "2025年完成全镇12个行政村生活垃圾收运全覆盖，聘用村级保洁员40人，改造农村卫生户厕300户，"
            "村民对人居环境满意度达到90%以上。"
        ],
        lead="李建华　0797-6213308",
        basis="保洁员40人×1200元/人·月×12个月=57.6万元；户厕改造300户×800元/户=24万元；"
        "分类垃圾桶600个×80元/个=4.8万元；合计86.4万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注（设定依据）")
    s.table(
        [
            ("产出", "数量", "生活垃圾收运覆盖行政村数", "≥", 12, "个", "全镇12个行政村"),
            (None, None, "聘用村级保洁员", "≥", 40, "人", "每村3—4人"),
            (None, None, "改造农村卫生户厕", "≥", 300, "户", "县下达任务"),
            (None, None, "配置分类垃圾桶", "≥", 600, "个", None),
            (None, "质量", "户厕改造验收合格率", "≥", pct(0.95), "%", "县农业农村局验收"),
            (None, None, "村庄保洁月度考核达标率", "≥", pct(0.9), "%", "镇月度考核"),
            (None, "时效", "户厕改造完成时间", "≤", day(2025, 11, 30, CN_DATE), None, None),
            (None, None, "保洁员补助按月发放及时率", "≥", pct(0.95), "%", None),
            (None, "成本", "保洁员补助标准", "≤", 1200, "元/人·月", "县定标准"),
            (None, None, "户厕改造补助标准", "≤", 800, "元/户", "县定标准"),
            ("效益", "社会效益", "农村卫生厕所普及率", "≥", pct(0.92), "%", "上年88%"),
            (None, None, "生活垃圾无害化处理率", "≥", pct(0.9), "%", None),
            (None, "生态效益", "清除村庄积存垃圾点", "≥", 35, "处", "2024年底排查数"),
            (None, "可持续影响", "村庄长效保洁机制", "定性", "建立并执行", None, None),
            ("满意度", "服务对象满意度", "村民对人居环境满意度", "≥", pct(0.9), "%", "问卷抽样"),
        ],
        merged=(1, 2),
    )
    footer(
        s,
        [
            "说明：1.比较符填≥、≤或定性；2.资金单位为万元，补助标准单位见计量单位列。",
            SIGN.format(a="王志刚", b="陈敏", c="0797-6213308", d=18),
        ],
        7,
    )
    b.sheet("Sheet3")
    return b


@variant(
    "kn02-liutang-road-upkeep",
    (),
    "township project, NAT-2021 with numbered tiers (一、产出指标 / 1.数量指标), empty columns "
    "between the columns, operators inside the values, a hidden indicator row",
)
def kn02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 4, 14, 4, 30, 4, 16, 20))
    long_head(
        s,
        year=2025,
        name="柳塘乡2025年农村公路日常养护项目",
        dept="青杉县柳塘乡人民政府",
        unit="柳塘乡交通管理站",
        attr="常年项目",
        money=[("资金总额", 41.4, "其中：财政拨款", 41.4), ("其他资金", 0, None, None)],
        goals=[
            "完成全乡46公里乡村道路日常养护，处置路面坑槽和边沟淤塞，养护路段优良中等路率达到85%"
            "以上，保障群众安全便捷出行。"
        ],
        lead="周卫东　0797-6330125",
        basis="乡道、村道46公里×9000元/公里·年=41.4万元。",
    )
    s.row("一级指标", None, "二级指标", None, "三级指标", None, "指标值", "备注")
    s.table(
        [
            ("一、产出指标", None, "1.数量指标", None, "日常养护里程", None, "≥46公里", None),
            (None, None, None, None, "处置路面坑槽", None, "≥800平方米", "按上年处置量"),
            (None, None, None, None, "清理边沟", None, "≥30公里", None),
            (None, None, None, None, "更换损坏警示桩", None, "≥120根", None),
            (None, None, "2.质量指标", None, "养护路段优良中等路率", None, "≥85%", "县交通局检查"),
            (None, None, None, None, "坑槽修补合格率", None, "≥95%", None),
            (None, None, "3.时效指标", None, "汛后水毁路段抢通时间", None, "≤72小时", None),
            (None, None, None, None, "日常巡查频次", None, "≥1次/周", None),
            (
                "二、成本指标",
                None,
                "1.经济成本指标",
                None,
                "每公里年养护成本",
                None,
                "≤9000元/公里",
                "县定标准",
            ),
            (
                "三、效益指标",
                None,
                "1.社会效益指标",
                None,
                "乡村道路安全通行率",
                None,
                "≥98%",
                None,
            ),
            (None, None, None, None, "因路况引发交通事故起数", None, "≤1起", "上年2起"),
            (None, None, "2.可持续影响指标", None, "乡村道路管护责任落实", None, "长期有效", None),
            (
                "四、满意度指标",
                None,
                "1.服务对象满意度指标",
                None,
                "沿线群众满意度",
                None,
                "≥90%",
                "入户抽查",
            ),
        ],
        merged=(1, 3),
    )
    hidden = s.r - 10  # 清理边沟: kept, but hidden by the office before printing
    s.ws.row_dimensions[hidden].hidden = True
    footer(s, ["注：养护里程以县交通局核定的乡村道路台账为准。"], 8)
    footer(s, [SIGN.format(a="刘建平", b="罗小琴", c="0797-6330125", d=20)], 8)
    return b


@variant(
    "kn03-yunxi-water",
    (),
    "township project, OLD-NAT, 指标方向 column (正向/反向) with operators inside the values: "
    "the head's money does not add up, a 反向 leakage rate with ≥",
)
def kn03() -> Book:
    b = Book()
    s = b.sheet("打印版", (12, 12, 30, 10, 14, 22))
    long_head(
        s,
        year=2025,
        name="云溪镇2025年农村饮水安全工程维修养护项目",
        dept="青杉县云溪镇人民政府",
        unit="云溪镇水利站",
        money=[("资金总额", 52, "其中：财政拨款", 45), ("其他资金（水费收入）", 5, None, None)],
        goals=[
            "维修养护全镇9处集中供水工程，更换老化管网3.5公里，保障1.2万农村人口饮水安全，"
            "水质检测合格率达到95%以上。"
        ],
        lead="吴海波　0797-6411872",
        basis="",
    )
    b.file_mark("B101", "error", alt=("B102",), note="45 + 5 = 50, not the 资金总额 52")
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "维修养护集中供水工程", "正向", "≥9处", None),
            (None, None, "更换老化供水管网", "正向", "≥3.5公里", None),
            (None, None, "更换入户水表", "正向", "≥450块", None),
            (None, None, "开展水质检测", "正向", "≥36次", "每处每季度1次"),
            (None, "质量指标", "水质检测合格率", "正向", "≥95%", None),
            (None, None, "维修工程验收合格率", "正向", "100%", None),
            (None, "时效指标", "供水故障维修响应时间", "反向", "≤24小时", None),
            (None, "成本指标", "管网更换单价", "反向", "≤8万元/公里", None),
            ("效益指标", "社会效益指标", "保障农村人口饮水安全", "正向", "≥1.2万人", None),
            (None, None, "农村自来水普及率", "正向", "≥93%", "上年91%"),
            (
                None,
                None,
                mk("供水管网漏损率", "T108", "warning", row=True),
                "反向",
                "≥12%",
                "漏损率应压降",
            ),
            (None, "可持续影响指标", "工程管护制度", "正向", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "正向", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, ["镇长：孙立新　　　审核：吴海波　　　填表：黄莉　　　2024年11月22日"])
    return b


@variant(
    "kn04-guiling-tea",
    (),
    "township project, OLD-NAT, 计量单位 column and 比较符 column, counts typed as text with a "
    "space (1 200), per-亩 standard in 元 under a 万元 block, sheet 打印版",
)
def kn04() -> Book:
    b = Book()
    s = b.sheet("打印版", (12, 12, 30, 8, 12, 10, 22))
    long_head(
        s,
        year=2025,
        name="桂岭乡2025年高山茶园提质改造补助项目",
        dept="青杉县桂岭乡人民政府",
        unit="桂岭乡农业综合服务中心",
        attr="新增项目",
        money=[("资金总额", 42, "其中：财政拨款", 36), ("其他资金（茶企配套）", 6, None, None)],
        goals=[
            "完成高山茶园提质改造1200亩，按每亩300元标准补助茶农，带动300户茶农增收，"
            "改造茶园亩均增收不低于800元。"
        ],
        lead="邓春生　0797-6520346",
        basis="改造1200亩×300元/亩=36万元（财政拨款）；茶企配套技术培训和有机肥6万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "茶园提质改造面积",
                "≥",
                ok("1 200", note="space as a thousands separator, typed as text"),
                "亩",
                "乡核定面积",
            ),
            (None, None, "补助茶农户数", "≥", 300, "户", None),
            (None, None, "开展茶园管护技术培训", "≥", 6, "期", "茶企配套"),
            (None, None, "培训茶农", "≥", ok("1 000", note="thousands separator"), "人次", None),
            (None, "质量指标", "改造茶园验收合格率", "≥", pct(0.95), "%", "乡村联合验收"),
            (None, None, "有机肥施用覆盖率", "≥", pct(0.8), "%", None),
            (None, "时效指标", "补助资金兑付时间", "≤", day(2025, 12, 15, CN_DATE), None, None),
            (None, "成本指标", "茶园改造补助标准", "≤", 300, "元/亩", "乡政府会议纪要"),
            ("效益指标", "经济效益指标", "改造茶园亩均增收", "≥", 800, "元", None),
            (None, "社会效益指标", "带动脱贫户和监测户增收", "≥", 60, "户", None),
            (None, "生态效益指标", "化肥使用量减少", "≥", pct(0.1), "%", "较上年"),
            (None, "可持续影响指标", "茶园标准化管护机制", "定性", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "受补助茶农满意度", "≥", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(
        s,
        [
            "说明：资金单位为万元；补助标准单位为元/亩。",
            SIGN.format(a="邓春生", b="曾晓燕", c="0797-6520346", d=25),
        ],
        7,
    )
    return b


@variant(
    "kn05-xinmin-elderly",
    (),
    "three-year township project, OLD-NAT, two-line header with 中期 and 年度 value columns, "
    "cumulative counts a third of the period's, a count typed with a space",
)
def kn05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 18, 16, 20))
    long_head(
        s,
        year=2025,
        years=3,
        name="新民镇居家养老上门服务项目（2025—2027年）",
        dept="青杉县新民镇人民政府",
        unit="新民镇社会事务办公室",
        attr="新增项目",
        money=[
            ("中期资金总额", 162, "年度资金总额", 54),
            ("其中：财政拨款", 162, "其中：财政拨款", 54),
        ],
        goals=[
            "三年内为全镇失能、半失能和高龄独居老人提供上门服务不少于5400人次，建成村级助老服务点"
            "12个，服务对象满意度保持在90%以上。",
            "2025年提供上门服务不少于1800人次，建成村级助老服务点4个，服务对象满意度达到90%以上。",
        ],
        lead="钟秀兰　0797-6618020",
        basis="",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "提供上门服务",
                ok("≥5 400人次", note="thousands space"),
                ok("≥1 800人次", note="thousands space"),
                None,
            ),
            (None, None, "建成村级助老服务点", "≥12个", "≥4个", None),
            (None, None, "开展护理员培训", "≥9期", "≥3期", None),
            (None, "质量指标", "上门服务记录完整率", "≥95%", "≥95%", None),
            (None, None, "护理员持证上岗率", "100%", "100%", None),
            (None, "时效指标", "服务需求响应时间", "≤48小时", "≤48小时", None),
            (None, "成本指标", "上门服务补贴标准", "≤150元/人次", "≤150元/人次", None),
            ("效益指标", "社会效益指标", "失能半失能老人服务覆盖率", "≥80%", "≥60%", None),
            (None, None, "老人意外事件发现处置及时率", "≥95%", "≥95%", None),
            (None, "可持续影响指标", "居家养老服务网络", "逐步完善", "初步建立", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%", "电话回访"),
        ],
        merged=(1, 2),
    )
    footer(s, ["说明：年度资金54万元中，上门服务补贴1800人次×150元=27万元，服务点建设27万元。"])
    footer(s, [SIGN.format(a="钟秀兰", b="赖文静", c="0797-6618020", d=12)])
    return b


@variant(
    "kn06-huangsha-fire",
    (),
    "township project, OLD-NAT, 比较符 and 计量单位 columns, 备注: a coverage rate given as a "
    "count of villages, a qualification rate above 100 %",
)
def kn06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 8, 12, 10, 22))
    long_head(
        s,
        year=2025,
        name="黄沙镇2025年森林防火能力提升项目",
        dept="青杉县黄沙镇人民政府",
        unit="黄沙镇林业工作站",
        money=[("资金总额", 38.5, "其中：财政拨款", 38.5), ("其他资金", 0, None, None)],
        goals=[
            "组建镇级半专业扑火队30人，聘用护林员28人，开展防火巡护和宣传，全年不发生重大森林火灾，"
            "森林火灾受害率控制在0.9‰以内。"
        ],
        lead="谢国平　0797-6712459",
        basis="护林员28人×800元/人·月×12个月=26.88万元；扑火队装备和培训11.62万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "聘用护林员", "≥", 28, "人", None),
            (None, None, "组建半专业扑火队员", "≥", 30, "人", None),
            (None, None, "开展防火宣传", "≥", 24, "场次", "每村2场"),
            (
                None,
                None,
                mk("林区防火巡护覆盖率", "T105", "error", row=True),
                "≥",
                12,
                "个",
                "12个行政村",
            ),
            (
                None,
                "质量指标",
                "扑火队员培训考核合格率",
                "≥",
                mk(pct(1.05), "T106", "error", row=True),
                "%",
                None,
            ),
            (None, None, "防火装备完好率", "≥", pct(0.95), "%", None),
            (None, "时效指标", "火情报告时间", "≤", 30, "分钟", None),
            (None, "成本指标", "护林员补助标准", "≤", 800, "元/人·月", None),
            ("效益指标", "社会效益指标", "重大森林火灾发生次数", "≤", 0, "次", None),
            (None, "生态效益指标", "森林火灾受害率", "≤", "0.9‰", None, "省定控制线"),
            (None, "可持续影响指标", "群防群治防火机制", "定性", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="谢国平", b="钟敏", c="0797-6712459", d=16)], 7)
    return b
