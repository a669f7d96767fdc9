# ruff: noqa: E501
"""Correct returns typed in WPS (mu01–mu06): spacer columns, tier-2 labels merged across two
columns, both targets in one cell, vertical tier-1 text, a column of indicator numbers."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout141.common import (
    across_table,
    footer,
    spaced_table,
    vertical,
    vertical_cells,
)
from tests.variants.holdout141.registry import variant
from tests.variants.kit import WAN, Book, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("mu01-spacer-columns", (4, 7), "project, NAT-2021, a spacer column between every two")
def mu01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 3, 14, 3, 30, 3, 18))
    project_head(s, year=2026, name="柘溪县基层农技推广补助项目", dept="柘溪县农业农村局 218003",
                 unit="柘溪县农业技术推广中心",
                 money=[("年度资金总额", money(86, WAN), "其中：财政拨款", money(76, WAN)),
                        ("其他资金", money(10, WAN), None, None)],
                 goals=["培训基层农技人员和种植大户1200人次，建成示范基地6个，推广绿色高产技术2万亩。"])  # fmt: skip
    s.skip()
    spaced_table(s, HEAD, [
        ("成本指标", "经济成本指标", "农技培训人均成本", "≤600元/人"),
        ("产出指标", "数量指标", "农技培训人次", "≥1200人次"),
        (None, None, "示范基地建设数量", "≥6个"),
        (None, None, "技术明白纸印发数量", "≥3000份"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, "示范基地验收合格率", pct(1)),
        (None, "时效指标", "培训任务完成时间", "2026年11月30日前"),
        (None, None, "补助资金拨付及时率", "≥95%"),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "≥300元/亩"),
        (None, "社会效益指标", "绿色高产技术推广面积", "≥2万亩"),
        (None, None, "主推技术到位率", "≥90%"),
        (None, "可持续影响指标", "村级农技服务点持续运行数量", "≥40个"),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "罗文静", "0739-5528614", "彭志国")
    return b


@variant("mu02-spacer-department", (4, 12), "department, NAT-2021, spacer columns, a year column")
def mu02() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 3, 16, 3, 30, 3, 18))
    department_head(s, year=2026, dept="青岚市档案馆",
                    budget=[(money(1268.4, WAN), money(1238.4, WAN), money(30, WAN),
                             money(968.4, WAN), money(300, WAN))],
                    tasks=[("馆藏档案数字化", "纸质档案扫描、著录和挂接", money(180, WAN),
                            "完成数字化120万画幅"),
                           ("档案库房安全改造", "库房恒温恒湿和消防设施更新", money(90, WAN),
                            "改造库房6间"),
                           ("档案史料编研", "编研出版史料汇编", money(30, WAN), "出版史料汇编2册"),
                           ("金额合计", None, money(300, WAN), None)],
                    goal="完成馆藏档案数字化120万画幅，改造库房6间，出版史料汇编2册，档案查阅服务更便捷。")  # fmt: skip
    s.skip()
    spaced_table(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "档案数字化画幅数", "≥120万画幅"),
        (None, None, "库房改造数量", "≥6间"),
        (None, None, "史料汇编出版数量", "≥2册"),
        (None, None, "档案接收进馆数量", "≥8000卷"),
        (None, "质量指标", "数字化成果抽检合格率", "≥98%"),
        (None, None, "库房温湿度达标率", "≥95%"),
        (None, "时效指标", "查档利用受理时限", "≤2个工作日"),
        (None, None, "改造工程完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "数字化每画幅成本", "≤1.5元/画幅"),
        ("效益指标", "社会效益指标", "档案查阅利用人次", "≥1.2万人次"),
        (None, None, "档案资源在线查询覆盖率", "≥80%"),
        (None, "可持续影响指标", "重点档案安全保管", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥92%"),
    ])  # fmt: skip
    footer(s, "欧阳敏", "0735-2261047", "谭建新")
    return b


@variant("mu03-tier2-across", (5, 7), "project, OLD-NAT, tier-2 labels merged across two columns")
def mu03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 10, 10, 30, 18, 10))
    project_head(s, year=2026, name="白沙河区社区居家养老服务补助", dept="白沙河区民政局 305",
                 unit="白沙河区养老服务指导中心", attr="常年项目",
                 money=[("年度资金总额", money(240, WAN), "其中：财政拨款", money(240, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["为辖区经济困难老人提供居家上门服务，运营社区养老服务站18个，服务质量和老人满意度稳步提高。"])  # fmt: skip
    s.skip()
    across_table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "上门服务老人人数", "≥1500人", None),
        (None, None, "社区养老服务站运营数量", "≥18个", None),
        (None, None, "助餐服务人次", "≥6万人次", None),
        (None, "质量指标", "服务记录完整率", "≥95%", None),
        (None, None, "服务人员持证上岗率", pct(1), None),
        (None, "时效指标", "服务补贴按月拨付", "每月10日前", None),
        (None, "成本指标", "上门服务补贴标准", "≤1200元/人·年", "按困难等级分档"),
        ("效益指标", "社会效益指标", "困难老人居家服务覆盖率", "≥85%", None),
        (None, None, "老人意外事件发生率", "≤1%", None),
        (None, "可持续影响指标", "社区养老服务站长效运营机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%", None),
        (None, None, "老人家属满意度", "≥88%", None),
    ])  # fmt: skip
    footer(s, "陈雪梅", "0731-8457720", "刘志强")
    return b


@variant("mu04-both-in-one-cell", (8, 7), "three-year project, NAT-2021, 中期 and 年度 in one cell")
def mu04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 34, 16, 16))
    project_head(s, year=2026, years=3, name="临溪县高标准农田灌排设施提升工程",
                 dept="临溪县水利局 406", unit="临溪县农田水利建设站", attr="新增项目",
                 money=[("中期资金总额", money(1500, WAN), "年度资金总额", money(520, WAN)),
                        ("其中：财政拨款", money(1350, WAN), "其中：财政拨款", money(470, WAN)),
                        ("其他资金", money(150, WAN), "其他资金", money(50, WAN))],
                 goals=["三年新建和改造灌排渠道120公里，改善灌溉面积6万亩，农田灌溉水有效利用系数提高。",
                        "本年新建和改造灌排渠道40公里，改善灌溉面积2万亩。"])  # fmt: skip
    s.skip()
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "渠道改造每公里造价", "中期：≤12万元/公里；年度：≤12万元/公里"),
        ("产出指标", "数量指标", "新建和改造灌排渠道长度", "中期：≥120公里；年度：≥40公里"),
        (None, None, "新建泵站数量", "中期：≥9座；年度：≥3座"),
        (None, None, "改善灌溉面积", "中期：≥6万亩；年度：≥2万亩"),
        (None, "质量指标", "工程验收合格率", "中期：100%；年度：100%"),
        (None, "时效指标", "年度工程完工时间", "中期：2028年11月底前；年度：2026年11月底前"),
        ("效益指标", "经济效益指标", "受益区粮食亩均增产", "中期：≥50公斤；年度：≥20公斤"),
        (None, "社会效益指标", "受益农户数", "中期：≥1.8万户；年度：≥6000户"),
        (None, "生态效益指标", "农田灌溉水有效利用系数", "中期：≥0.58；年度：≥0.56"),
        (None, "可持续影响指标", "工程设施管护责任落实率", "中期：100%；年度：100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "中期：≥90%；年度：≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "黄立新", "0734-6612093", "曾国华")
    return b


@variant("mu05-vertical-tier1", (5, 7), "project, NAT-2021, tier-1 typed one character a line")
def mu05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (8, 16, 30, 18, 12, 10))
    project_head(s, year=2026, name="青岚市中小学生研学实践教育补助", dept="青岚市教育局 112",
                 unit="青岚市青少年校外活动中心",
                 money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["组织全市中小学生研学实践活动3万人次，建设研学基地8个，研学安全零事故。"])  # fmt: skip
    s.skip()
    top = s.r + 1
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")
    s.table([
        (vertical("产出指标"), "数量指标", "参加研学学生人次", "≥30000", "人次", "正向"),
        (None, None, "研学实践基地建设数量", "≥8", "个", "正向"),
        (None, None, "研学精品课程开发数量", "≥20", "门", "正向"),
        (None, "质量指标", "研学基地安全评估达标率", pct(1), "%", "正向"),
        (None, None, "带队教师培训覆盖率", "≥95%", "%", "正向"),
        (None, "时效指标", "研学活动完成时间", "2026年12月31日前", "—", "正向"),
        (vertical("成本指标"), "经济成本指标", "学生人均研学补助", "≤50", "元/人次", "反向"),
        (vertical("效益指标"), "社会效益指标", "研学安全事故发生数", ok("0", note="零事故目标"), "起", "反向"),
        (None, None, "参与学校覆盖率", "≥90%", "%", "正向"),
        (None, "可持续影响指标", "研学课程体系建设", "形成并推广", "—", "定性"),
        (vertical("满意度指标"), "服务对象满意度指标", "学生满意度", "≥90%", "%", "正向"),
        (None, None, "家长满意度", "≥90%", "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    vertical_cells(s, 1, top)
    footer(s, "杨晓燕", "0736-7203358", "周建军")
    return b


@variant("mu06-numbered-column", (4, 7), "project, OLD-NAT, indicator numbers in their own column")
def mu06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 14, 14, 30, 18, 10))
    project_head(s, year=2026, name="东渚镇农村生活污水治理运维", dept="东渚镇人民政府 77",
                 unit="东渚镇农业综合服务中心", attr="延续项目",
                 money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(90, WAN)),
                        ("其他资金", money(6, WAN), None, None)],
                 goals=["做好全镇32座农村污水处理站点运维，出水稳定达标，管网完好。"])  # fmt: skip
    s.skip()
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("1.1", "产出指标", "数量指标", "运维污水处理站点数量", "≥32座", 10),
        ("1.2", None, None, "管网巡查里程", "≥150公里", 10),
        ("1.3", None, "质量指标", "出水水质达标率", "≥90%", 10),
        ("1.4", None, None, "站点正常运行率", "≥95%", 10),
        ("1.5", None, "时效指标", "故障响应时间", "≤24小时", 5),
        ("1.6", None, "成本指标", "单个站点年运维成本", "≤3万元/座", 5),
        ("2.1", "效益指标", "生态效益指标", "年处理生活污水量", "≥35万吨", 10),
        ("2.2", None, "社会效益指标", "受益农户数", "≥5200户", 10),
        ("2.3", None, "可持续影响指标", "运维考核制度执行", "建立并执行", 10),
        ("3.1", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 10),
        ("合计", None, None, None, None, 90),
    ], merged=(2, 3))  # fmt: skip
    s.row("注：预算执行率10分单独评价，不列入本表。")
    footer(s, "许丽华", "0512-6693174", "沈卫东")
    return b
